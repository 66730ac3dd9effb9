import type {
  AfterSalesReason,
  ReceiptRecorder,
  RepairMode,
  ServiceResult,
  ServiceType,
  ShopServices,
} from "./after-sales";
import { reasonRule, type AfterSalesPolicy } from "./policies/after-sales";
import type { BusinessMode } from "./shop";

/**
 * AS-4/AS-5: the result a request asks for. An exchange is served by a new item shipped (换新) or
 * exchanged offline (线下换新); a send-in repair ends with the original shipped back (原返). On-site
 * work has no processing result: the recorded completion is its end.
 */
export function requestedResultOf(type: ServiceType, repairMode: RepairMode | null): ServiceResult | null {
  if (type === "return") return "refund";
  if (type === "exchange") return "exchange_new";
  if (type === "repair" && repairMode === "send_in") return "return_original";
  return null;
}

export function acceptedResults(type: ServiceType, repairMode: RepairMode | null): readonly ServiceResult[] {
  if (type === "exchange") return ["exchange_new", "offline_exchange"];
  const result = requestedResultOf(type, repairMode);
  return result ? [result] : [];
}

/**
 * AS-4/AS-5: may the merchant process with `chosen`? It must match what was requested — or, after
 * the consumer consented to a change (or the platform decided one), exactly the agreed result.
 * - ok: go ahead;
 * - needs_consent: a different result: propose it first (change_result);
 * - not_applicable: this service order is not processed with a result (on-site work).
 */
export function resultCheck(
  order: { type: ServiceType; repairMode: RepairMode | null; agreedResult: ServiceResult | null },
  chosen: ServiceResult,
): "ok" | "needs_consent" | "not_applicable" {
  const accepted = acceptedResults(order.type, order.repairMode);
  if (accepted.length === 0) return "not_applicable";
  if (order.agreedResult) return chosen === order.agreedResult ? "ok" : "needs_consent";
  return accepted.includes(chosen) ? "ok" : "needs_consent";
}

/** The result the service order is due to end with: the agreed one, else the requested one. */
export function dueResultOf(order: {
  type: ServiceType;
  repairMode: RepairMode | null;
  agreedResult: ServiceResult | null;
}): ServiceResult | null {
  return order.agreedResult ?? requestedResultOf(order.type, order.repairMode);
}

/** 换新 and 原返 ship goods to the consumer: the result carries carrier and tracking number. */
export function resultNeedsTracking(result: ServiceResult): boolean {
  return result === "exchange_new" || result === "return_original";
}

/** The goods amount of the named items (unit price × quantity), in fen. */
export function goodsAmountFen(items: readonly { unitPriceFen: number; quantity: number }[]): number {
  return items.reduce((sum, i) => sum + i.unitPriceFen * i.quantity, 0);
}

export interface Deduction {
  goodsFen: number;
  shippingFen: number;
  note: string;
  /** Photos of the received goods (the receipt slot) supporting a goods deduction. */
  photoCount: number;
}

export interface DeductionFacts {
  result: ServiceResult;
  reason: AfterSalesReason;
  /** Goods amount of the service order's items. */
  goodsAmountFen: number;
  /** What is still refundable on the order (already refunded amounts taken off). */
  refundableFen: number;
  /** SVC-3: 运费险 was on when the consumer applied (service_orders.services). */
  shippingInsured: boolean;
}

export type DeductionProblem =
  | "deduction_needs_refund"
  | "deduction_not_whole_fen"
  | "shipping_insured"
  | "shipping_merchant_fault"
  | "shipping_over_cap"
  | "deduction_exceeds_goods"
  | "note_required"
  | "photos_required";

/**
 * AS-5/SVC-3: a refund with deductions. Deductions only come off a refund; shipping may not be
 * deducted with 运费险 or when the reason is the merchant's fault, and at most the policy's cap;
 * goods deductions need photos of the received goods; every deduction needs a note and, together,
 * must leave something to refund. Any deduction needs the consumer's consent (a proposal).
 */
export function deductionCheck(
  d: Deduction,
  f: DeductionFacts,
  policy: AfterSalesPolicy,
): { ok: true; refundFen: number; needsConsent: boolean } | { ok: false; problem: DeductionProblem } {
  const fail = (problem: DeductionProblem) => ({ ok: false as const, problem });
  const base = Math.max(0, Math.min(f.goodsAmountFen, f.refundableFen));
  if (![d.goodsFen, d.shippingFen].every((v) => Number.isInteger(v) && v >= 0)) return fail("deduction_not_whole_fen");
  const total = d.goodsFen + d.shippingFen;
  if (total === 0) return { ok: true, refundFen: base, needsConsent: false };
  if (f.result !== "refund") return fail("deduction_needs_refund");
  if (d.shippingFen > 0 && f.shippingInsured) return fail("shipping_insured");
  if (d.shippingFen > 0 && reasonRule(policy, f.reason).merchantFault) return fail("shipping_merchant_fault");
  if (d.shippingFen > policy.maxShippingDeductionFen) return fail("shipping_over_cap");
  if (total >= base) return fail("deduction_exceeds_goods");
  if (d.note.trim().length < policy.description.minLengthWhenRequired) return fail("note_required");
  if (d.goodsFen > 0 && d.photoCount < 1) return fail("photos_required");
  return { ok: true, refundFen: base - total, needsConsent: true };
}

/** SVC-1: 极速审核 approves a 七天无理由 return on application. */
export function fastReviewApplies(
  services: ShopServices,
  request: { type: ServiceType; reason: AfterSalesReason },
): boolean {
  return services.fastReview && request.type === "return" && request.reason === "no_reason_7d";
}

/** SVC-2: 闪电退款 refunds a 七天无理由 return when the consumer enters the tracking number. */
export function flashRefundApplies(
  services: ShopServices,
  request: { type: ServiceType; reason: AfterSalesReason },
): boolean {
  return services.flashRefund && request.type === "return" && request.reason === "no_reason_7d";
}

/**
 * SHOP-1: an FBP shop's returns go to the platform's warehouse and the platform records their
 * receipt; an SOP merchant records its own. A logistics signature (`system`) counts for both
 * (AS-4: a return signed for is received). Review and result stay the merchant's either way.
 */
export function receiptRecorderOf(mode: BusinessMode): Exclude<ReceiptRecorder, "system"> {
  return mode === "FBP" ? "platform" : "merchant";
}

export function mayRecordReceipt(mode: BusinessMode, recorder: ReceiptRecorder): boolean {
  return recorder === "system" || recorder === receiptRecorderOf(mode);
}

/** Where the consumer sends the goods back to. */
export function returnDestinationOf(mode: BusinessMode): "merchant" | "platform_warehouse" {
  return mode === "FBP" ? "platform_warehouse" : "merchant";
}
