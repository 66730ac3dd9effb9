import { describe, expect, it } from "vitest";
import { canonicalJson, idempotencyExpiry, keyInForce } from "./idempotency";

describe("idempotency keys (pure)", () => {
  it("canonical JSON sorts keys at every level and drops undefined fields", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: null }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"y":null,"z":1}]},"b":1}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
    expect(canonicalJson({ a: "1" })).not.toBe(canonicalJson({ a: 1 }));
  });

  it("a key is kept 24 hours: in force at −1 ms, expired at and after", () => {
    const created = new Date("2026-03-01T08:00:00.000Z");
    const expiresAt = idempotencyExpiry(created);
    expect(expiresAt).toEqual(new Date("2026-03-02T08:00:00.000Z"));
    expect(keyInForce(expiresAt, new Date("2026-03-02T07:59:59.999Z"))).toBe(true);
    expect(keyInForce(expiresAt, new Date("2026-03-02T08:00:00.000Z"))).toBe(false);
    expect(keyInForce(expiresAt, new Date("2026-03-02T08:00:00.001Z"))).toBe(false);
  });
});
