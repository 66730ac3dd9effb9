import { describe, expect, it } from "vitest";
import { impactMessage } from "./impact-message";

describe("judgment impact in words", () => {
  it("DSP-5: a shop with no refunds yet is told it would be its first judged refund, not 'from — to 100.00%'", () => {
    expect(impactMessage({ metric: "dispute_refund_rate", from: null, to: 1 }, "taobao")).toEqual({
      key: "firstRefund",
      values: {},
    });
  });

  it("DSP-5: from a rate of zero it is the first judged dispute / refund, then the rise", () => {
    expect(impactMessage({ metric: "dispute_rate", from: 0, to: 0.25 }, "jd")).toEqual({
      key: "first_dispute_rate",
      values: { from: "0.00%", to: "25.00%" },
    });
    expect(impactMessage({ metric: "dispute_rate", from: 0, to: 1 }, "tmall")).toEqual({
      key: "first_platform_dispute_rate",
      values: { from: "0.00%", to: "100.00%" },
    });
    expect(impactMessage({ metric: "dispute_refund_rate", from: 0, to: 0.5 }, "taobao")).toEqual({
      key: "first_dispute_refund_rate",
      values: { from: "0.00%", to: "50.00%" },
    });
  });

  it("DSP-5: otherwise the rise from x% to y%; with no paid orders no numbers at all", () => {
    expect(impactMessage({ metric: "dispute_rate", from: 0.05, to: 0.1 }, "jd")).toEqual({
      key: "dispute_rate",
      values: { from: "5.00%", to: "10.00%" },
    });
    expect(impactMessage({ metric: "dispute_refund_rate", from: 0.25, to: 0.4 }, "pdd")).toEqual({
      key: "dispute_refund_rate",
      values: { from: "25.00%", to: "40.00%" },
    });
    expect(impactMessage({ metric: "dispute_rate", from: null, to: null }, "jd")).toEqual({
      key: "noBase",
      values: {},
    });
  });
});
