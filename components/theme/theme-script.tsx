"use client";

import { themeStorageKey } from "./theme";

// Runs while <head> parses, before first paint, so a dark-mode user never sees a light flash.
const script = `(function(){try{var c=localStorage.getItem(${JSON.stringify(themeStorageKey)});var d=c==="dark"||(c!=="light"&&window.matchMedia("(prefers-color-scheme: dark)").matches);if(d)document.documentElement.classList.add("dark")}catch(e){}})()`;

/**
 * Executable in the server HTML only: when React renders it on the client (e.g. around a 404),
 * it becomes inert text/plain, which spares the "script tag in a component" warning.
 */
export function ThemeScript() {
  return (
    <script
      type={typeof window === "undefined" ? "text/javascript" : "text/plain"}
      suppressHydrationWarning
      dangerouslySetInnerHTML={{ __html: script }}
    />
  );
}
