export type ExpressionToken =
  | { type: "path"; value: string[] }
  | { type: "literal"; value: string | number | boolean | null }
  | { type: "op"; value: "==" | "!=" | "<" | ">" | "<=" | ">=" | "&&" | "||" | "!" | "(" | ")" };

const ops = ["==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "(", ")"] as const;

/** Splits a CEL expression of the subset Inngest users write into tokens; throws on anything else. */
export function tokenizeExpression(source: string): ExpressionToken[] {
  const tokens: ExpressionToken[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const op = ops.find((o) => source.startsWith(o, i));
    if (op) {
      tokens.push({ type: "op", value: op });
      i += op.length;
      continue;
    }
    if (ch === "'" || ch === '"') {
      let value = "";
      i++;
      while (i < source.length && source[i] !== ch) {
        if (source[i] === "\\" && i + 1 < source.length) i++;
        value += source[i];
        i++;
      }
      if (i >= source.length) throw new Error(`Unterminated string in expression: ${source}`);
      i++;
      tokens.push({ type: "literal", value });
      continue;
    }
    const number = /^-?\d+(\.\d+)?/.exec(source.slice(i));
    if (number) {
      tokens.push({ type: "literal", value: Number(number[0]) });
      i += number[0].length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*/.exec(source.slice(i));
    if (!word) throw new Error(`Unexpected "${ch}" in expression: ${source}`);
    i += word[0].length;
    if (word[0] === "true" || word[0] === "false") tokens.push({ type: "literal", value: word[0] === "true" });
    else if (word[0] === "null") tokens.push({ type: "literal", value: null });
    else tokens.push({ type: "path", value: word[0].split(".") });
  }
  return tokens;
}
