/** A copy-pasteable shell line for a binary and its arguments (for errors and logs). */
export function formatCommandLine(binary: string, args: readonly string[]): string {
  const quote = (a: string) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", `'\\''`)}'`);
  return [binary, ...args].map(quote).join(" ");
}
