import { themeStorageKey } from "./theme";

// Runs while <head> parses, before first paint, so a dark-mode user never sees a light flash.
const script = `(function(){try{var c=localStorage.getItem(${JSON.stringify(themeStorageKey)});var d=c==="dark"||(c!=="light"&&window.matchMedia("(prefers-color-scheme: dark)").matches);if(d)document.documentElement.classList.add("dark")}catch(e){}})()`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
