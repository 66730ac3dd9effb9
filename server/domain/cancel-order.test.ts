import { describe, expect, it } from "vitest";
import {
  approvalOutcome,
  cancelDisputableOrder,
  cancelDisputeGate,
  cancelPlanAvailability,
  requestableOrderStatus,
  windowEndOutcome,
  type CancelOrderFacts,
} from "./cancel-order";
import { cancelOrderMachine, cancelOrderTransitions } from "./machines/cancel-order";

const order = (
  status: CancelOrderFacts["status"],
  deliveryType: CancelOrderFacts["deliveryType"] = "platform",
  worryFree = false,
): CancelOrderFacts => ({ status, deliveryType, worryFree });

describe("cancel-order rules", () => {
  it("DSP-CXL-6: requests on paid or shipped orders only; worry-free orders may be cancelled but not disputed (WO-TM-6)", () => {
    expect(
      ["paid", "shipped", "signed", "completed", "cancelled"].map((s) =>
        requestableOrderStatus(order(s as CancelOrderFacts["status"])),
      ),
    ).toEqual([true, true, false, false, false]);
    expect(requestableOrderStatus(order("paid", "platform", true))).toBe(true);
    expect(cancelDisputableOrder(order("paid", "platform", true))).toBe(false);
    expect(cancelDisputableOrder(order("shipped"))).toBe(true);
  });

  it("DSP-CXL-4: approval and the window's end intercept a platform parcel in transit, refund otherwise, close a completed order", () => {
    expect(approvalOutcome(order("shipped", "platform"))).toBe("intercept");
    expect(approvalOutcome(order("paid", "platform"))).toBe("refund");
    expect(approvalOutcome(order("shipped", "third_party"))).toBe("refund");
    expect(approvalOutcome(order("signed", "platform"))).toBe("refund");
    expect(windowEndOutcome(order("completed", "third_party"))).toBe("close");
    expect(windowEndOutcome(order("completed", "platform"))).toBe("close");
    expect(windowEndOutcome(order("shipped", "platform"))).toBe("intercept");
    expect(windowEndOutcome(order("shipped", "third_party"))).toBe("refund");
  });

  it("DSP-CXL-1..5: plan availability — interception needs a parcel in transit and nothing already intercepting; a pending request never blocks", () => {
    expect(
      cancelPlanAvailability({ order: order("shipped"), live: { status: "pending" }, refundableFen: 100 }),
    ).toEqual({ direct_refund: null, agreed_rejection: null, intercept_48h: null });
    expect(
      cancelPlanAvailability({ order: order("paid"), live: null, refundableFen: 100 }).intercept_48h,
    ).not.toBeNull();
    expect(
      cancelPlanAvailability({ order: order("shipped"), live: { status: "intercepting" }, refundableFen: 100 })
        .intercept_48h,
    ).not.toBeNull();
    const refunded = cancelPlanAvailability({ order: order("shipped"), live: null, refundableFen: 0 });
    expect(refunded.direct_refund).not.toBeNull();
    expect(refunded.agreed_rejection).toBeNull();
  });

  it("SHOP-4: terminal cancel-order statuses allow nothing; a failed interception can still be refunded", () => {
    for (const s of ["refund_succeeded", "rejected", "closed"] as const)
      expect(Object.keys(cancelOrderTransitions[s])).toEqual([]);
    expect(cancelOrderMachine.next("interception_failed", "force_refund")).toBe("refund_succeeded");
    expect(() => cancelOrderMachine.next("pending", "force_refund")).toThrow();
  });

  it("DSP-CXL-7: a pending request holds the dispute back until its review deadline (−1 ms wait, at and after open); a rejection opens it at once", () => {
    const reviewDueAt = new Date("2026-03-16T02:00:00.000Z");
    const pending = { status: "pending" as const, reviewDueAt };
    expect(cancelDisputeGate(pending, new Date("2026-03-16T01:59:59.999Z"))).toEqual({
      kind: "wait",
      availableAt: new Date("2026-03-16T02:00:00.000Z"),
    });
    expect(cancelDisputeGate(pending, new Date("2026-03-16T02:00:00.000Z"))).toEqual({
      kind: "open",
      basis: "review_overdue",
    });
    expect(cancelDisputeGate(pending, new Date("2026-03-16T02:00:00.001Z"))).toEqual({
      kind: "open",
      basis: "review_overdue",
    });
    expect(cancelDisputeGate({ status: "rejected", reviewDueAt }, new Date("2026-03-15T02:00:01.000Z"))).toEqual({
      kind: "open",
      basis: "rejected",
    });
  });

  it("DSP-CXL-7: without a pending or rejected request (none, withdrawn, approved, intercepting) the consumer asks to cancel first", () => {
    const reviewDueAt = new Date("2026-03-16T02:00:00.000Z");
    const late = new Date("2026-03-20T00:00:00.000Z");
    expect(cancelDisputeGate(null, late)).toEqual({ kind: "request_first" });
    for (const status of [
      "closed",
      "refund_succeeded",
      "intercepting",
      "interception_failed",
      "logistics_pending",
    ] as const) {
      expect(cancelDisputeGate({ status, reviewDueAt }, late)).toEqual({ kind: "request_first" });
    }
  });
});
