"use client";

import { Monitor, Moon, Sun } from "lucide-react";
import { useEffect, useState } from "react";
import { cn } from "@/components/ui/cn";
import { applyTheme, themeChoices, themeStorageKey, type ThemeChoice } from "./theme";

const icons = { system: Monitor, light: Sun, dark: Moon } as const;

function readChoice(): ThemeChoice {
  const stored = typeof window === "undefined" ? null : window.localStorage.getItem(themeStorageKey);
  return themeChoices.find((c) => c === stored) ?? "system";
}

/** System / light / dark, persisted in localStorage; "system" keeps following the OS. */
export function ThemeToggle() {
  const [choice, setChoice] = useState<ThemeChoice>("system");

  useEffect(() => setChoice(readChoice()), []);

  useEffect(() => {
    if (choice !== "system") return;
    const media = window.matchMedia("(prefers-color-scheme: dark)");
    const follow = () => applyTheme("system");
    media.addEventListener("change", follow);
    return () => media.removeEventListener("change", follow);
  }, [choice]);

  const select = (next: ThemeChoice) => {
    setChoice(next);
    window.localStorage.setItem(themeStorageKey, next);
    applyTheme(next);
  };

  return (
    <div role="radiogroup" aria-label="Theme" className="flex rounded-md border border-border bg-bg-subtle p-0.5">
      {themeChoices.map((c) => {
        const Icon = icons[c];
        return (
          <button
            key={c}
            type="button"
            role="radio"
            aria-checked={choice === c}
            aria-label={`${c[0]!.toUpperCase()}${c.slice(1)} theme`}
            title={`${c[0]!.toUpperCase()}${c.slice(1)}`}
            onClick={() => select(c)}
            className={cn(
              "flex h-6 flex-1 items-center justify-center rounded-[5px] text-fg-muted transition-colors hover:text-fg",
              choice === c && "bg-bg text-fg shadow-sm ring-1 ring-border",
            )}
          >
            <Icon className="size-3.5" aria-hidden />
          </button>
        );
      })}
    </div>
  );
}
