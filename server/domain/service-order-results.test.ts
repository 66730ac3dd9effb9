import { describe, expect, it } from "vitest";
import { noShopServices } from "./after-sales";
import { afterSalesV1 } from "./policies/after-sales";
import {
  acceptedResults,
  deductionCheck,
  dueResultOf,
  fastReviewApplies,
  flashRefundApplies,
  goodsAmountFen,
  mayRecordReceipt,
  receiptRecorderOf,
  requestedResultOf,
  resultCheck,
  resultNeedsTracking,
  returnDestinationOf,
  type Deduction,
  type DeductionFacts,
} from "./service-order-results";

const exchange = { type: "exchange" as const, repairMode: null, agreedResult: null };

describe("processing results (AS-4, AS-5)", () => {
  it("AS-4: each request asks for its result; on-site work has none", () => {
    expect(requestedResultOf("return", null)).toBe("refund");
    expect(requestedResultOf("exchange", null)).toBe("exchange_new");
    expect(requestedResultOf("repair", "send_in")).toBe("return_original");
    expect(requestedResultOf("repair", "on_site")).toBeNull();
    expect(requestedResultOf("installation", null)).toBeNull();
    expect(acceptedResults("exchange", null)).toEqual(["exchange_new", "offline_exchange"]);
  });

  it("AS-5: the result must match the request; an exchange may be served new or offline", () => {
    expect(resultCheck(exchange, "exchange_new")).toBe("ok");
    expect(resultCheck(exchange, "offline_exchange")).toBe("ok");
    expect(resultCheck(exchange, "refund")).toBe("needs_consent");
    expect(resultCheck({ type: "return", repairMode: null, agreedResult: null }, "return_original")).toBe(
      "needs_consent",
    );
    expect(resultCheck({ type: "repair", repairMode: "on_site", agreedResult: null }, "refund")).toBe("not_applicable");
  });

  it("AS-5: after consent only the agreed result is allowed", () => {
    const agreed = { ...exchange, agreedResult: "refund" as const };
    expect(resultCheck(agreed, "refund")).toBe("ok");
    expect(resultCheck(agreed, "exchange_new")).toBe("needs_consent");
    expect(dueResultOf(agreed)).toBe("refund");
    expect(dueResultOf(exchange)).toBe("exchange_new");
  });

  it("AS-4: 换新 and 原返 ship goods with a tracking number; refunds and offline exchanges do not", () => {
    expect(
      (["refund", "exchange_new", "return_original", "offline_exchange"] as const).map(resultNeedsTracking),
    ).toEqual([false, true, true, false]);
  });
});

describe("deductions (AS-5, SVC-3)", () => {
  const facts: DeductionFacts = {
    result: "refund",
    reason: "no_reason_7d",
    goodsAmountFen: 19_900,
    refundableFen: 25_000,
    shippingInsured: false,
  };
  const none: Deduction = { goodsFen: 0, shippingFen: 0, note: "", photoCount: 0 };
  const shipping10: Deduction = { goodsFen: 0, shippingFen: 1000, note: "退货运费由买家承担", photoCount: 0 };

  it("AS-5: a refund without deductions is the goods amount and needs no consent", () => {
    expect(goodsAmountFen([{ unitPriceFen: 9_950, quantity: 2 }])).toBe(19_900);
    expect(deductionCheck(none, facts, afterSalesV1)).toEqual({ ok: true, refundFen: 19_900, needsConsent: false });
    expect(deductionCheck(none, { ...facts, refundableFen: 5_000 }, afterSalesV1)).toEqual({
      ok: true,
      refundFen: 5_000,
      needsConsent: false,
    });
  });

  it("AS-5: a ¥10 shipping deduction on a no-reason return refunds goods minus ¥10, with the consumer's consent", () => {
    expect(deductionCheck(shipping10, facts, afterSalesV1)).toEqual({
      ok: true,
      refundFen: 18_900,
      needsConsent: true,
    });
  });

  it("SVC-3: with 运费险 the merchant may not deduct shipping", () => {
    expect(deductionCheck(shipping10, { ...facts, shippingInsured: true }, afterSalesV1)).toEqual({
      ok: false,
      problem: "shipping_insured",
    });
    expect(
      deductionCheck(
        { ...shipping10, shippingFen: 0, goodsFen: 500, photoCount: 1 },
        { ...facts, shippingInsured: true },
        afterSalesV1,
      ),
    ).toEqual({ ok: true, refundFen: 19_400, needsConsent: true });
  });

  it("AS-5: no shipping deduction for the merchant's fault, none over ¥30, none off anything but a refund", () => {
    expect(deductionCheck(shipping10, { ...facts, reason: "quality_issue" }, afterSalesV1)).toEqual({
      ok: false,
      problem: "shipping_merchant_fault",
    });
    expect(deductionCheck({ ...shipping10, shippingFen: 3001 }, facts, afterSalesV1)).toEqual({
      ok: false,
      problem: "shipping_over_cap",
    });
    expect(deductionCheck({ ...shipping10, shippingFen: 3000 }, facts, afterSalesV1)).toEqual({
      ok: true,
      refundFen: 16_900,
      needsConsent: true,
    });
    expect(deductionCheck(shipping10, { ...facts, result: "exchange_new" }, afterSalesV1)).toEqual({
      ok: false,
      problem: "deduction_needs_refund",
    });
  });

  it("AS-5: deductions need a note, goods deductions photos, whole fen, and must leave something to refund", () => {
    expect(deductionCheck({ ...shipping10, note: "" }, facts, afterSalesV1)).toEqual({
      ok: false,
      problem: "note_required",
    });
    expect(deductionCheck({ ...shipping10, shippingFen: 0, goodsFen: 500 }, facts, afterSalesV1)).toEqual({
      ok: false,
      problem: "photos_required",
    });
    expect(deductionCheck({ ...shipping10, goodsFen: 18_900, photoCount: 1 }, facts, afterSalesV1)).toEqual({
      ok: false,
      problem: "deduction_exceeds_goods",
    });
    expect(deductionCheck({ ...shipping10, shippingFen: 10.5 }, facts, afterSalesV1)).toEqual({
      ok: false,
      problem: "deduction_not_whole_fen",
    });
    expect(deductionCheck({ ...shipping10, shippingFen: -1 }, facts, afterSalesV1)).toEqual({
      ok: false,
      problem: "deduction_not_whole_fen",
    });
  });
});

describe("shop services (SVC-1, SVC-2) and FBP receipt (SHOP-1)", () => {
  const noReasonReturn = { type: "return" as const, reason: "no_reason_7d" as const };

  it("SVC-1: 极速审核 approves 七天无理由 returns only, and only when switched on", () => {
    const on = { ...noShopServices, fastReview: true };
    expect(fastReviewApplies(on, noReasonReturn)).toBe(true);
    expect(fastReviewApplies(noShopServices, noReasonReturn)).toBe(false);
    expect(fastReviewApplies(on, { type: "return", reason: "quality_issue" })).toBe(false);
    expect(fastReviewApplies(on, { type: "exchange", reason: "other" })).toBe(false);
  });

  it("SVC-2: 闪电退款 refunds 七天无理由 returns on tracking submission, only when switched on", () => {
    const on = { ...noShopServices, flashRefund: true };
    expect(flashRefundApplies(on, noReasonReturn)).toBe(true);
    expect(flashRefundApplies({ ...noShopServices, fastReview: true }, noReasonReturn)).toBe(false);
    expect(flashRefundApplies(on, { type: "return", reason: "damaged" })).toBe(false);
  });

  it("SHOP-1/AS-4: FBP returns go to the platform, which records receipt; a logistics signature counts for everyone", () => {
    expect([receiptRecorderOf("FBP"), receiptRecorderOf("SOP")]).toEqual(["platform", "merchant"]);
    expect([returnDestinationOf("FBP"), returnDestinationOf("SOP")]).toEqual(["platform_warehouse", "merchant"]);
    expect(mayRecordReceipt("FBP", "merchant")).toBe(false);
    expect(mayRecordReceipt("FBP", "platform")).toBe(true);
    expect(mayRecordReceipt("SOP", "platform")).toBe(false);
    expect(mayRecordReceipt("SOP", "merchant")).toBe(true);
    expect([mayRecordReceipt("SOP", "system"), mayRecordReceipt("FBP", "system")]).toEqual([true, true]);
  });
});
