import type { ButtonHTMLAttributes } from "react";
import { cn } from "./cn";
import { Spinner } from "./spinner";

const variants = {
  primary: "bg-fg text-bg hover:bg-fg/85 border border-transparent",
  secondary: "bg-bg text-fg border border-border hover:bg-bg-muted shadow-xs",
  ghost: "text-fg-muted hover:text-fg hover:bg-bg-muted border border-transparent",
  danger: "bg-danger text-white hover:bg-danger/90 border border-transparent dark:text-bg",
} as const;

const sizes = { sm: "h-7 px-2.5 text-xs gap-1.5", md: "h-8 px-3 text-[13px] gap-2", icon: "size-8 justify-center" } as const;

export type ButtonVariant = keyof typeof variants;

/** Shared with links styled as buttons. */
export function buttonClasses(variant: ButtonVariant = "secondary", size: keyof typeof sizes = "md", className?: string) {
  return cn(
    "inline-flex shrink-0 items-center rounded-md font-medium whitespace-nowrap transition-colors disabled:pointer-events-none disabled:opacity-50 [&_svg]:size-4 [&_svg]:shrink-0",
    variants[variant],
    sizes[size],
    className,
  );
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  size?: keyof typeof sizes;
  pending?: boolean;
};

export function Button({ variant, size, pending, className, children, disabled, type = "button", ...props }: ButtonProps) {
  return (
    <button type={type} className={buttonClasses(variant, size, className)} disabled={disabled || pending} aria-busy={pending || undefined} {...props}>
      {pending && <Spinner className="size-3.5" />}
      {children}
    </button>
  );
}
