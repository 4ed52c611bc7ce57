"use client";

import type { ReactNode } from "react";
import { Alert } from "./alert";
import { Button } from "./button";
import { Dialog } from "./dialog";
import { errorMessage } from "./error-message";

/** The parts of a TanStack mutation the dialog shows; closing clears its error for next time. */
type ConfirmMutation = { isPending: boolean; error: unknown; reset: () => void };

/** "Are you sure?" for destructive actions; the confirm button names the action. */
export function ConfirmDialog({ open, onClose, onConfirm, title, children, confirmLabel, mutation }: {
  open: boolean;
  onClose: () => void;
  onConfirm: () => void;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  mutation: ConfirmMutation;
}) {
  const close = () => {
    mutation.reset();
    onClose();
  };
  return (
    <Dialog open={open} onClose={close} title={title}>
      <div className="text-[13px] text-fg-muted">{children}</div>
      {mutation.error ? <Alert className="mt-3">{errorMessage(mutation.error)}</Alert> : null}
      <div className="mt-5 flex justify-end gap-2">
        <Button onClick={close}>Cancel</Button>
        <Button variant="danger" onClick={onConfirm} pending={mutation.isPending}>
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
