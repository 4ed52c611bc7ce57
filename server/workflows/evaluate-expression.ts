import { tokenizeExpression, type ExpressionToken } from "./tokenize-expression";

type Value = unknown;

function lookup(vars: Record<string, unknown>, path: string[]): Value {
  let current: unknown = vars;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function compare(op: string, a: Value, b: Value): boolean {
  if (op === "==") return a === b || (a == null && b == null);
  if (op === "!=") return !(a === b || (a == null && b == null));
  if (typeof a !== typeof b || (typeof a !== "number" && typeof a !== "string")) return false;
  const [x, y] = [a as number | string, b as number | string];
  return op === "<" ? x < y : op === ">" ? x > y : op === "<=" ? x <= y : x >= y;
}

/**
 * Evaluates the CEL subset used in Inngest `if` expressions — paths such as `event.data.id` and
 * `async.data.id`, string/number/boolean/null literals, comparisons, `!`, `&&`, `||`, parentheses —
 * against `vars`. A missing path is null-like, so comparisons with it are false rather than errors.
 */
export function evaluateExpression(source: string, vars: Record<string, unknown>): boolean {
  const tokens = tokenizeExpression(source);
  let pos = 0;
  const peek = (): ExpressionToken | undefined => tokens[pos];
  const isOp = (value: string) => {
    const t = peek();
    return t?.type === "op" && t.value === value;
  };

  const primary = (): Value => {
    const t = tokens[pos++];
    if (!t) throw new Error(`Unexpected end of expression: ${source}`);
    if (t.type === "literal") return t.value;
    if (t.type === "path") return lookup(vars, t.value);
    if (t.value === "!") return !truthy(primary());
    if (t.value === "(") {
      const inner = or();
      if (!isOp(")")) throw new Error(`Missing ")" in expression: ${source}`);
      pos++;
      return inner;
    }
    throw new Error(`Unexpected "${t.value}" in expression: ${source}`);
  };
  const comparison = (): Value => {
    const left = primary();
    const t = peek();
    if (t?.type === "op" && ["==", "!=", "<", ">", "<=", ">="].includes(t.value)) {
      pos++;
      return compare(t.value, left, primary());
    }
    return left;
  };
  const and = (): Value => {
    let left = comparison();
    while (isOp("&&")) {
      pos++;
      const right = comparison();
      left = truthy(left) && truthy(right);
    }
    return left;
  };
  const or = (): Value => {
    let left = and();
    while (isOp("||")) {
      pos++;
      const right = and();
      left = truthy(left) || truthy(right);
    }
    return left;
  };

  const result = or();
  if (pos !== tokens.length) throw new Error(`Unexpected trailing input in expression: ${source}`);
  return truthy(result);
}

function truthy(value: Value): boolean {
  return value === true;
}
