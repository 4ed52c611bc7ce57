"use client";

import { X } from "lucide-react";
import { useEffect, useId, useRef, type ReactNode } from "react";

/**
 * A modal on the native <dialog>: the browser gives us the focus trap, Escape and the top layer.
 * Controlled by `open`; `onClose` fires on Escape, the close button or a click on the backdrop.
 */
export function Dialog({ open, onClose, title, description, children, footer }: {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => e.target === ref.current && onClose()}
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-xl border border-border bg-bg p-0 text-fg shadow-2xl"
    >
      {open && (
        <div className="flex flex-col">
          <div className="flex items-start justify-between gap-4 px-5 pt-5">
            <div>
              <h2 id={titleId} className="text-base font-semibold tracking-tight">
                {title}
              </h2>
              {description && <p className="mt-1 text-[13px] text-fg-muted">{description}</p>}
            </div>
            <button type="button" onClick={onClose} aria-label="Close" className="-mt-1 -mr-1 rounded-md p-1 text-fg-muted hover:bg-bg-muted hover:text-fg">
              <X className="size-4" aria-hidden />
            </button>
          </div>
          <div className="px-5 py-4">{children}</div>
          {footer && <div className="flex justify-end gap-2 border-t border-border bg-bg-subtle px-5 py-3 rounded-b-xl">{footer}</div>}
        </div>
      )}
    </dialog>
  );
}
