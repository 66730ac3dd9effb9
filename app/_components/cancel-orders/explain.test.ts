import { describe, expect, it } from "vitest";
import { explainCancelOrder, type CancelFacts } from "./explain";

const due = new Date("2026-11-25T06:00:00Z");
const facts = (
  over: Partial<CancelFacts> & {
    orderStatus?: CancelFacts["order"]["status"];
    deliveryType?: CancelFacts["order"]["deliveryType"];
  },
): CancelFacts => ({
  status: over.status ?? "pending",
  reason: over.reason ?? "changed_mind",
  disputeId: over.disputeId ?? null,
  dueAt: over.dueAt ?? null,
  refundedFen: over.refundedFen ?? 0,
  order: { status: over.orderStatus ?? "shipped", deliveryType: over.deliveryType ?? "third_party", amountFen: 12_800 },
});
const keys = (f: CancelFacts) => explainCancelOrder(f).map((l) => l.key);

describe("cancel order explanation", () => {
  it("DSP-CXL-4: a third-party delivery is refunded when the 48h window ends", () => {
    const lines = explainCancelOrder(
      facts({ status: "logistics_pending", reason: "dispute_interception", dueAt: due }),
    );
    expect(lines[0]).toEqual({ key: "windowRefund", at: due, amountFen: 12_800 });
    expect(lines.map((l) => l.key)).toEqual(["windowRefund", "windowCompletedNote", "merchantEarly"]);
  });
  it("DSP-CXL-4: a platform delivery in transit is intercepted at the window's end, refunded when stopped", () => {
    expect(keys(facts({ status: "logistics_pending", deliveryType: "platform", dueAt: due }))[0]).toBe(
      "windowIntercept",
    );
    expect(keys(facts({ status: "intercepting", deliveryType: "platform" }))).toEqual(["intercepting"]);
  });
  it("DSP-CXL-4: a completed order is not refunded automatically", () => {
    expect(keys(facts({ status: "logistics_pending", orderStatus: "completed", dueAt: due }))[0]).toBe("windowClose");
    expect(keys(facts({ status: "closed", reason: "dispute_interception", orderStatus: "completed" }))).toEqual([
      "closedCompleted",
    ]);
  });
  it("DSP-CXL-3: a pending request tied to a dispute says the merchant rejects it by hand", () => {
    expect(keys(facts({ status: "pending", disputeId: "d1" }))).toEqual(["pending", "pendingDispute"]);
  });
  it("DSP-CXL-2: a refunded cancel order states the amount refunded", () => {
    expect(
      explainCancelOrder(facts({ status: "refund_succeeded", reason: "dispute_direct_refund", refundedFen: 12_800 })),
    ).toEqual([{ key: "refund_succeeded", amountFen: 12_800 }]);
  });
});
