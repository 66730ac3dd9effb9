import { describe, expect, it } from "vitest";
import { formatRate, niceCeil, segmentsOf } from "./format";

describe("formatRate", () => {
  it("MET-1: a rate without a denominator shows —, never NaN", () => {
    expect(formatRate(null)).toBe("—");
    expect(formatRate(Number.NaN)).toBe("—");
    expect(formatRate(0)).toBe("0.00%");
    expect(formatRate(0.25)).toBe("25.00%");
    expect(formatRate(1 / 3)).toBe("33.33%");
  });

  it("MET-2: trend axes top out at a readable 1/2/5 step and days without a value break the line", () => {
    expect(niceCeil(0, 0.01)).toBe(0.01);
    expect(niceCeil(0.0244, 0.01)).toBeCloseTo(0.05);
    expect(niceCeil(1, 0.01)).toBe(1);
    expect(niceCeil(0.8, 0.01)).toBe(1);
    expect(niceCeil(3, 1)).toBe(5);
    expect(segmentsOf([null, 1, 2, null, 3])).toEqual([
      [
        { index: 1, value: 1 },
        { index: 2, value: 2 },
      ],
      [{ index: 4, value: 3 }],
    ]);
  });
});
