/** Shared by the pre-paint script and the toggle, so both agree on the key and the values. */
export const themeStorageKey = "keyframe-theme";
export const themeChoices = ["system", "light", "dark"] as const;
export type ThemeChoice = (typeof themeChoices)[number];

/** Applies a choice to <html>; "system" resolves through the media query. */
export function applyTheme(choice: ThemeChoice) {
  const dark = choice === "dark" || (choice === "system" && window.matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.classList.toggle("dark", dark);
}
