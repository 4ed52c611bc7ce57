import { describe, expect, it } from "vitest";
import { hashSecret, verifySecret } from "./hash-secret";
import { hashTokenSecret } from "./hash-token-secret";

describe("hashSecret", () => {
  it("verifies the right password and rejects a wrong one", async () => {
    const stored = await hashSecret("correct horse");
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(await verifySecret("correct horse", stored)).toBe(true);
    expect(await verifySecret("correct horsf", stored)).toBe(false);
  });

  it("salts: the same password hashes differently each time", async () => {
    expect(await hashSecret("same")).not.toBe(await hashSecret("same"));
  });

  it("treats malformed stored hashes as a mismatch", async () => {
    expect(await verifySecret("x", "plaintext")).toBe(false);
    expect(await verifySecret("x", "bcrypt$1$2$3$4$5")).toBe(false);
  });

  it("hashes token secrets deterministically without storing them", () => {
    expect(hashTokenSecret("abc")).toBe(hashTokenSecret("abc"));
    expect(hashTokenSecret("abc")).not.toContain("abc");
  });
});
