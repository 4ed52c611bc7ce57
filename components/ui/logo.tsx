import { cn } from "./cn";

/** The keyframe diamond, as animation timelines draw it. */
export function Logo({ className, withName = true }: { className?: string; withName?: boolean }) {
  return (
    <span className={cn("inline-flex items-center gap-2 font-semibold tracking-tight text-fg", className)}>
      <svg viewBox="0 0 24 24" className="size-5" aria-hidden>
        <rect x="4.5" y="4.5" width="15" height="15" rx="3" transform="rotate(45 12 12)" className="fill-fg" />
        <rect x="8.6" y="8.6" width="6.8" height="6.8" rx="1.2" transform="rotate(45 12 12)" className="fill-bg" />
      </svg>
      {withName && <span>Keyframe</span>}
    </span>
  );
}
