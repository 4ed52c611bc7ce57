import { describe, expect, it } from "vitest";
import { canonicalizeJson } from "./canonicalize-json";
import { computeRetryDelay } from "./compute-retry-delay";
import { evaluateExpression } from "./evaluate-expression";
import { getNextCronFire } from "./get-next-cron-fire";
import { parseDuration } from "./parse-duration";

describe("evaluateExpression (CEL subset)", () => {
  const vars = { event: { data: { id: "a1", n: 3, flag: true } }, async: { data: { id: "a1", n: 3, status: "paid", flag: false } } };
  it.each([
    ["event.data.id == async.data.id", true],
    ["event.data.id != async.data.id", false],
    ["async.data.status == 'paid'", true],
    ['async.data.status == "refunded"', false],
    ["async.data.n == 3 && event.data.flag == true", true],
    ["async.data.n > 2 && async.data.n <= 3", true],
    ["async.data.flag == true || async.data.status == 'paid'", true],
    ["!(async.data.n == 3)", false],
    ["async.data.missing == 'x'", false],
    ["async.data.missing == null", true],
  ])("%s → %s", (expr, expected) => {
    expect(evaluateExpression(expr, vars)).toBe(expected);
  });
  it("rejects what it does not understand", () => {
    expect(() => evaluateExpression("event.data.id ==", vars)).toThrow();
    expect(() => evaluateExpression("size(event.data)", vars)).toThrow();
  });
});

describe("getNextCronFire", () => {
  const at = (iso: string) => new Date(iso);
  it.each([
    ["*/15 * * * *", "2030-01-01T10:07:10Z", "2030-01-01T10:15:00.000Z"],
    ["0 * * * *", "2030-01-01T10:00:00Z", "2030-01-01T11:00:00.000Z"],
    ["30 9 * * 1-5", "2030-01-04T10:00:00Z", "2030-01-07T09:30:00.000Z"], // Friday after 9:30 → Monday
    ["0 0 1 */3 *", "2030-02-10T00:00:00Z", "2030-04-01T00:00:00.000Z"],
    ["5,10 8-9 * * *", "2030-01-01T08:06:00Z", "2030-01-01T08:10:00.000Z"],
    ["0 12 * * SUN", "2030-01-01T00:00:00Z", "2030-01-06T12:00:00.000Z"],
    ["@daily", "2030-01-01T00:00:00Z", "2030-01-02T00:00:00.000Z"],
    ["0 0 29 2 *", "2030-03-01T00:00:00Z", "2032-02-29T00:00:00.000Z"],
    ["0 0 13 * 5", "2030-01-01T00:00:00Z", "2030-01-04T00:00:00.000Z"], // day-of-month OR weekday
    ["TZ=Europe/Paris 0 9 * * *", "2030-07-01T00:00:00Z", "2030-07-01T07:00:00.000Z"],
  ])("%s after %s → %s", (expr, after, expected) => {
    expect(getNextCronFire(expr, at(after)).toISOString()).toBe(expected);
  });
  it("rejects malformed expressions", () => {
    expect(() => getNextCronFire("61 * * * *", new Date())).toThrow();
    expect(() => getNextCronFire("* * *", new Date())).toThrow();
  });
});

describe("protocol helpers", () => {
  it("parses the SDK's duration strings", () => {
    expect(parseDuration("1w2d3h4m5s")).toBe(((7 + 2) * 24 * 3600 + 3 * 3600 + 4 * 60 + 5) * 1000);
    expect(parseDuration("30")).toBe(30_000);
    expect(parseDuration("2030-01-01T00:00:00Z")).toBeNull();
  });
  it("canonicalizes JSON like RFC 8785", () => {
    expect(canonicalizeJson({ b: 1, a: [true, null, { d: "x", c: undefined }], "é": 1.5 })).toBe('{"a":[true,null,{"d":"x"}],"b":1,"é":1.5}');
  });
  it("backs off exponentially with bounded jitter", () => {
    expect(computeRetryDelay({ retry: 1, baseMs: 100, random: () => 0 })).toBe(100);
    expect(computeRetryDelay({ retry: 3, baseMs: 100, random: () => 0 })).toBe(400);
    expect(computeRetryDelay({ retry: 3, baseMs: 100, random: () => 1 })).toBe(500);
  });
});
