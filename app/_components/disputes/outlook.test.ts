import { describe, expect, it } from "vitest";
import { planLines, statusLines } from "./outlook";

type Detail = Parameters<typeof planLines>[0];
type Cancel = NonNullable<Detail["cancel"]>;
type CancelRow = Cancel["cancelOrders"][number];

const due = new Date("2026-11-25T06:00:00Z");
const refundedAt = new Date("2026-11-23T06:00:00Z");
const row = (over: Partial<CancelRow>): CancelRow =>
  ({
    id: "co1",
    status: "pending",
    reason: "changed_mind",
    requestReason: null,
    origin: "consumer",
    note: null,
    disputeId: null,
    requestedAt: refundedAt,
    dueAt: null,
    decidedAt: null,
    rejectReason: null,
    closedAt: null,
    refundedFen: 0,
    interception: null,
    ...over,
  }) as CancelRow;

function detail(over: {
  viewer?: Detail["viewer"];
  status?: Detail["dispute"]["status"];
  plan?: string;
  kind?: "settlement" | "no_fault";
  delivery?: "platform" | "third_party";
  orderStatus?: Cancel["order"]["status"];
  rows?: CancelRow[];
  planId?: string | null;
  refunds?: Cancel["refunds"];
  response?: Detail["dispute"]["consumerResponse"];
}): Detail {
  return {
    viewer: over.viewer ?? "consumer",
    dispute: {
      status: over.status ?? "awaiting_consumer",
      dueAt: due,
      responsibleParty: "merchant",
      consumerResponse: over.response ?? null,
      evidenceGivenUp: false,
    },
    chosenPlan: over.plan ? { kind: over.kind ?? "settlement", key: over.plan, reason: null } : null,
    judgment: null,
    order: { amountFen: 12_800, timeZone: "Asia/Shanghai" },
    cancel: {
      order: { deliveryType: over.delivery ?? "third_party", status: over.orderStatus ?? "shipped", worryFree: false },
      planCancelOrderId: over.planId ?? null,
      cancelOrders: over.rows ?? [],
      refunds: over.refunds ?? [],
      refundedFen: 0,
      refundableFen: 12_800,
    },
  } as unknown as Detail;
}
const keys = (lines: { key: string }[]) => lines.map((l) => l.key);

describe("cancel dispute outlook", () => {
  it("DSP-CXL-2: direct refund says the amount went back, and when", () => {
    const lines = planLines(
      detail({
        plan: "direct_refund",
        refunds: [
          {
            id: "r1",
            kind: "order_refund",
            amountFen: 12_800,
            reason: null,
            reasonMessage: { code: "directRefundPlan" },
            cause: "settlement_plan",
            createdAt: refundedAt,
            sourceType: "dispute",
          },
        ],
      }),
    );
    expect(lines).toEqual([{ key: "cancelPlan.directRefundDone", amountFen: 12_800, at: refundedAt }]);
  });
  it("DSP-CXL-3: agreed rejection leaves a pending request for the merchant to reject by hand", () => {
    const rows = [row({ status: "pending" })];
    expect(keys(planLines(detail({ plan: "agreed_rejection", rows })))).toEqual([
      "cancelPlan.agreedRejection",
      "cancelPlan.agreedRejectionPending",
    ]);
    expect(keys(planLines(detail({ plan: "agreed_rejection", rows, viewer: "merchant" })))).toEqual([
      "cancelPlan.agreedRejection",
      "cancelPlan.agreedRejectionPendingMerchant",
    ]);
    expect(keys(planLines(detail({ plan: "agreed_rejection" })))).toEqual(["cancelPlan.agreedRejection"]);
  });
  it("DSP-CXL-4: third-party delivery refunds at the window's end; platform delivery intercepts first", () => {
    const rows = [row({ status: "logistics_pending", reason: "dispute_interception", dueAt: due })];
    const third = planLines(detail({ plan: "intercept_48h", rows, planId: "co1" }));
    expect(third[0]).toEqual({ key: "cancelPlan.interceptThirdParty", at: due, amountFen: 12_800 });
    expect(planLines(detail({ plan: "intercept_48h", rows, planId: "co1", delivery: "platform" }))[0]?.key).toBe(
      "cancelPlan.interceptPlatform",
    );
    expect(
      keys(
        planLines(
          detail({
            plan: "intercept_48h",
            rows: [row({ status: "intercepting" })],
            planId: "co1",
            delivery: "platform",
          }),
        ),
      ),
    ).toEqual(["cancelPlan.intercepting"]);
  });
  it("DSP-CXL-4: a completed order is not refunded automatically; a failed interception offers rejection", () => {
    const rows = [row({ status: "logistics_pending", dueAt: due })];
    expect(keys(planLines(detail({ plan: "intercept_48h", rows, planId: "co1", orderStatus: "completed" })))[0]).toBe(
      "cancelPlan.interceptCompletedNote",
    );
    expect(
      keys(planLines(detail({ plan: "intercept_48h", rows: [row({ status: "closed" })], planId: "co1" }))),
    ).toEqual(["cancelPlan.interceptClosed"]);
    expect(
      keys(planLines(detail({ plan: "intercept_48h", rows: [row({ status: "interception_failed" })], planId: "co1" }))),
    ).toEqual(["cancelPlan.interceptFailed", "cancelPlan.interceptFailedReject"]);
  });
  it("DSP-2: the consumer is told to confirm by the deadline; others that the consumer is awaited", () => {
    expect(statusLines(detail({ plan: "direct_refund" }))).toEqual([{ key: "outlook.awaitingYou", at: due }]);
    expect(keys(statusLines(detail({ plan: "direct_refund", viewer: "merchant" })))).toEqual([
      "outlook.awaitingConsumer",
    ]);
    expect(
      keys(statusLines(detail({ plan: "direct_refund", status: "platform_judging", response: "rejected" }))),
    ).toEqual(["outlook.judgingRejectedYou", "outlook.judging"]);
    expect(keys(statusLines(detail({ plan: "direct_refund", status: "settled", response: "auto_confirmed" })))).toEqual(
      ["outlook.settledAuto"],
    );
    expect(keys(statusLines(detail({ status: "awaiting_merchant" })))).toEqual(["outlook.awaitingMerchant"]);
    expect(keys(statusLines(detail({ status: "awaiting_merchant", viewer: "merchant" })))).toEqual([]);
  });
});
