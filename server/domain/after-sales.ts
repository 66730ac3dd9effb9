/**
 * After-sales service orders (售后服务单, AS-1..8, SVC-1..3): the words of the area. The rules
 * that use them live in policies/after-sales.ts (versioned data) and the pure functions beside
 * this file; the status changes in machines/service-order.ts.
 */

/** AS-1: what a consumer applies for. Installation, setup and training are "other service". */
export const serviceTypes = ["return", "exchange", "repair", "installation", "setup", "training"] as const;
export type ServiceType = (typeof serviceTypes)[number];

/** AS-1/AS-3: a repair is done at the consumer's place (上门维修) or sent in (寄修). */
export const repairModes = ["on_site", "send_in"] as const;
export type RepairMode = (typeof repairModes)[number];

/**
 * The two tracks a service order runs on:
 * - goods: the goods come back to the merchant (return, exchange, send-in repair);
 * - visit: someone comes to the consumer (on-site repair, installation, setup, training).
 */
export type ServiceTrack = "goods" | "visit";

export function serviceTrack(type: ServiceType, repairMode: RepairMode | null): ServiceTrack {
  if (type === "return" || type === "exchange") return "goods";
  if (type === "repair") return repairMode === "send_in" ? "goods" : "visit";
  return "visit";
}

/** The reasons a consumer picks from (七天无理由, 质量问题, 商品破损, 发错货, 少件/漏发, 其他). */
export const afterSalesReasons = [
  "no_reason_7d",
  "quality_issue",
  "damaged",
  "wrong_item",
  "missing_parts",
  "other",
] as const;
export type AfterSalesReason = (typeof afterSalesReasons)[number];

/** AS-4: the one result a service order is processed with. */
export const serviceResults = ["refund", "exchange_new", "return_original", "offline_exchange"] as const;
export type ServiceResult = (typeof serviceResults)[number];

/**
 * A service order's status. The merchant's list groups them into tabs (serviceOrderTab).
 * pending_review      — 待审核: the merchant reviews (AS-2)
 * awaiting_return     — 待寄回: approved; the consumer ships the goods back
 * awaiting_receipt    — 待收货: the return parcel is on its way
 * awaiting_processing — 待处理: received; the merchant processes with one result (AS-4)
 * repairing           — 维修中: a send-in repair is being repaired (AS-3, 30 days)
 * awaiting_visit      — 待上门: an on-site service was approved (AS-3, 7 days)
 * visit_scheduled     — 已预约上门: the merchant set the visit window
 * completion_check    — 待确认完成: the merchant recorded the visit as done; the consumer checks
 * awaiting_consumer   — 待消费者确认: a proposal waits for the consumer's consent (AS-5/AS-8)
 * platform_review     — 平台介入: a refused proposal or a disputed completion (AS-8)
 * completed           — 已完成
 * closed              — 已关闭: ended without a result (closeReason says why)
 */
export const serviceOrderStatuses = [
  "pending_review",
  "awaiting_return",
  "awaiting_receipt",
  "awaiting_processing",
  "repairing",
  "awaiting_visit",
  "visit_scheduled",
  "completion_check",
  "awaiting_consumer",
  "platform_review",
  "completed",
  "closed",
] as const;
export type ServiceOrderStatus = (typeof serviceOrderStatuses)[number];

export const finalServiceOrderStatuses = ["completed", "closed"] as const satisfies readonly ServiceOrderStatus[];
/** Statuses of a live service order: one per order item (service_order_items.live). */
export const liveServiceOrderStatuses = serviceOrderStatuses.filter(
  (s): s is Exclude<ServiceOrderStatus, (typeof finalServiceOrderStatuses)[number]> =>
    s !== "completed" && s !== "closed",
);

export function isLiveServiceOrderStatus(status: ServiceOrderStatus): boolean {
  return status !== "completed" && status !== "closed";
}

/** The merchant's list tabs (待审核 / 待寄回 / 待收货 / 待处理 / 维修中 / 待消费者确认 / 已完成 / 已关闭 / 平台介入). */
export const serviceOrderTabs = [
  "pending_review",
  "awaiting_return",
  "awaiting_receipt",
  "awaiting_processing",
  "repairing",
  "awaiting_consumer",
  "completed",
  "closed",
  "platform_review",
] as const;
export type ServiceOrderTab = (typeof serviceOrderTabs)[number];

/**
 * Which tab a status shows under. On-site work in progress is 维修中 (the merchant owes the
 * work); the consumer's completion check is 待消费者确认 (the consumer's move). A case with the
 * platform gets its own tab: it is nobody's move on the merchant's side.
 */
export function serviceOrderTab(status: ServiceOrderStatus): ServiceOrderTab {
  if (status === "awaiting_visit" || status === "visit_scheduled") return "repairing";
  if (status === "completion_check") return "awaiting_consumer";
  return status;
}

/** AS-5/AS-8: what a merchant may ask the consumer to consent to. */
export const proposalKinds = ["change_result", "reject", "deduction"] as const;
export type ProposalKind = (typeof proposalKinds)[number];

/** A proposal's life; `withdrawn`: the consumer withdrew the whole service order meanwhile. */
export const proposalStatuses = ["pending", "accepted", "refused", "lapsed", "withdrawn"] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

/** Where in the flow a proposal was made: it returns there when refused or lapsed. */
export const proposalStages = ["review", "processing", "repair"] as const;
export type ProposalStage = (typeof proposalStages)[number];

/** AS-4/SHOP-1: who recorded the receipt — the merchant, the logistics signature, the platform (FBP). */
export const receiptRecorders = ["merchant", "system", "platform"] as const;
export type ReceiptRecorder = (typeof receiptRecorders)[number];

/** Why a service order closed without a result. */
export const serviceCloseReasons = [
  "withdrawn",
  "return_not_shipped",
  "rejected_with_consent",
  "review_timeout",
  "platform_decision",
] as const;
export type ServiceCloseReason = (typeof serviceCloseReasons)[number];

/** The deadlines a service order runs (one at a time: service_orders.due_kind / due_at). */
export const serviceDeadlineKinds = [
  "review",
  "return_shipment",
  "return_arrival",
  "processing",
  "repair",
  "on_site",
  "completion_check",
  "consent",
  "platform",
] as const;
export type ServiceDeadlineKind = (typeof serviceDeadlineKinds)[number];

/** Whose move a deadline waits for. `carrier`: nobody's — the parcel (SVC-2 watches it). */
export const deadlineParties = ["merchant", "consumer", "platform", "carrier"] as const;
export type DeadlineParty = (typeof deadlineParties)[number];

/** How a deadline ended, in the deadline ledger (MET-1 on-time rate, ROL-4 ledger). */
export const deadlineOutcomes = ["met", "missed", "void"] as const;
export type DeadlineOutcome = (typeof deadlineOutcomes)[number];

/** AS-2: requirements an approval can set, as codes with parameters. */
export const requirementCodes = ["no_cod_return", "return_address", "include_accessories", "visit_window"] as const;
export type RequirementCode = (typeof requirementCodes)[number];
export interface ServiceRequirement {
  code: RequirementCode;
  params?: Record<string, string>;
}

/** SVC-1..3: the shop services that change the flow (shop_services; all off without a row). */
export interface ShopServices {
  fastReview: boolean;
  flashRefund: boolean;
  shippingInsurance: boolean;
}
export const noShopServices: ShopServices = { fastReview: false, flashRefund: false, shippingInsurance: false };
