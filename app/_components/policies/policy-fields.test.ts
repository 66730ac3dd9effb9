import { describe, expect, it } from "vitest";
import { issuePath, policyFields, setAt, toggleKeyed, zodPath, type PolicyJson } from "./policy-fields";

const inForce: PolicyJson = {
  id: "p",
  version: 1,
  answerWindowMs: 86_400_000,
  plans: [
    { key: "a", label: { "zh-CN": "甲", en: "A" }, slots: [{ key: "s", accepts: ["png"], min: 1, max: 3 }] },
    { key: "b", label: { "zh-CN": "乙", en: "B" } },
  ],
  points: [2, 4],
};

describe("policy draft fields", () => {
  it("ROL-1: every …Ms number is a duration, other numbers and number lists are counts and points", () => {
    const fields = policyFields(inForce, inForce);
    expect(fields.numbers.filter((f) => f.kind === "duration").map((f) => f.label)).toEqual(["answerWindowMs"]);
    expect(fields.numbers.filter((f) => f.kind === "number").map((f) => f.label)).toEqual([
      "plans[a].slots[s].min",
      "plans[a].slots[s].max",
      "points[0]",
      "points[1]",
    ]);
    expect(fields.accepts.map((f) => [f.label, f.value])).toEqual([["plans[a].slots[s].accepts", ["png"]]]);
  });

  it("ROL-1: a dropped keyed entry is offered unticked and comes back in its place from the version in force", () => {
    const dropped = toggleKeyed(inForce, inForce, ["plans"], "a", false);
    expect((dropped.plans as { key: string }[]).map((p) => p.key)).toEqual(["b"]);
    const plans = policyFields(dropped, inForce).keyed.find((f) => f.label === "plans");
    expect(plans?.entries.map((e) => [e.key, e.kept])).toEqual([
      ["b", true],
      ["a", false],
    ]);
    const restored = toggleKeyed(dropped, inForce, ["plans"], "a", true);
    expect((restored.plans as { key: string }[]).map((p) => p.key)).toEqual(["a", "b"]);
  });

  it("ROL-1: setAt changes a copy; issue paths of both forms match the field's path", () => {
    const next = setAt(inForce, ["plans", 0, "slots", 0, "max"], 6);
    expect(next.plans).not.toBe(inForce.plans);
    expect((inForce.plans as { slots: { max: number }[] }[])[0]?.slots[0]?.max).toBe(3);
    expect(zodPath(["plans", 0, "slots", 0, "max"])).toBe("plans.0.slots.0.max");
    expect(issuePath("plans[0].slots[0].max")).toBe("plans.0.slots.0.max");
    expect(issuePath("plans.0.slots.0.max")).toBe("plans.0.slots.0.max");
  });
});
