import { repairModes, serviceTypes, type AfterSalesReason, type RepairMode, type ServiceType } from "./after-sales";
import { isPastDue } from "./deadlines";
import { DomainError, type LocalizedText } from "./errors";
import { isUnpaidOrder, type OrderStatus } from "./order";
import { reasonRule, type AfterSalesPolicy, type ApplicationRule } from "./policies/after-sales";
import { DAY_MS } from "./time";

/** The order facts AS-1/AS-7 look at. */
export interface AfterSalesOrderFacts {
  status: OrderStatus;
  signedAt: Date | null;
  completedAt: Date | null;
}

/**
 * One order item as the application sees it. `returnedQuantity`: units already refunded by a
 * completed return (they cannot be applied for again; repairs and exchanges do not use units up).
 * `hasLiveServiceOrder`: a service order not yet completed or closed names this item.
 */
export interface AfterSalesItemFacts {
  id: string;
  quantity: number;
  warrantyDays: number | null;
  returnedQuantity: number;
  hasLiveServiceOrder: boolean;
}

/** Why an application (or one choice in it) is refused, as a code the UI puts into words. */
export const applicationRefusals = [
  "order_not_signed",
  "order_cancelled",
  "order_unpaid",
  "live_service_order",
  "nothing_left",
  "window_closed",
  "no_warranty",
  "type_not_offered",
  "reason_not_allowed",
  "repair_mode_required",
  "repair_mode_not_applicable",
  "quantity_exceeded",
] as const;
export type ApplicationRefusal = (typeof applicationRefusals)[number];
export type ItemBlock = Extract<
  ApplicationRefusal,
  "order_not_signed" | "order_cancelled" | "order_unpaid" | "live_service_order" | "nothing_left"
>;

export interface ReasonOption {
  reason: AfterSalesReason;
  /** The window closes at this instant (applying at it exactly is too late). */
  until: Date;
}

export interface TypeOption {
  type: ServiceType;
  /** Only for repair: on-site or send-in. Empty for every other type. */
  repairModes: readonly RepairMode[];
  reasons: readonly ReasonOption[];
  /** The latest `until` of its reasons. */
  until: Date;
}

export interface TypeUnavailable {
  type: ServiceType;
  code: Extract<ApplicationRefusal, "window_closed" | "no_warranty">;
  /** When the last window closed (null: there never was one). */
  closedAt: Date | null;
}

export interface ItemAfterSalesOptions {
  orderItemId: string;
  maxQuantity: number;
  blocked: ItemBlock | null;
  available: readonly TypeOption[];
  unavailable: readonly TypeUnavailable[];
}

function windowEnd(
  rule: ApplicationRule,
  signedAt: Date,
  item: AfterSalesItemFacts,
  policy: AfterSalesPolicy,
): Date | null {
  const at = (ms: number) => new Date(signedAt.getTime() + ms);
  if (rule.window === "no_reason") return at(policy.windows.noReasonMs);
  if (rule.window === "quality") return at(policy.windows.qualityMs);
  if (rule.window === "service") return at(policy.windows.serviceMs);
  const days = item.warrantyDays ?? policy.windows.defaultWarrantyDays;
  return days > 0 ? at(days * DAY_MS) : null;
}

function orderBlock(order: AfterSalesOrderFacts): { block: ItemBlock } | { signedAt: Date } {
  if (isUnpaidOrder(order.status)) return { block: "order_unpaid" };
  if (order.status === "cancelled") return { block: "order_cancelled" };
  const signedAt = order.signedAt ?? order.completedAt;
  if ((order.status !== "signed" && order.status !== "completed") || !signedAt) return { block: "order_not_signed" };
  return { signedAt };
}

function typeOptions(
  type: ServiceType,
  signedAt: Date,
  item: AfterSalesItemFacts,
  policy: AfterSalesPolicy,
  now: Date,
): TypeOption | TypeUnavailable {
  const reasons: ReasonOption[] = [];
  let closedAt: Date | null = null;
  for (const rule of policy.applicationRules.filter((r) => r.type === type)) {
    const end = windowEnd(rule, signedAt, item, policy);
    if (!end) continue;
    if (isPastDue(end, now)) {
      if (!closedAt || end > closedAt) closedAt = end;
      continue;
    }
    for (const reason of rule.reasons) reasons.push({ reason, until: end });
  }
  const first = reasons[0];
  if (!first) return { type, code: closedAt ? "window_closed" : "no_warranty", closedAt };
  const until = reasons.reduce((latest, r) => (r.until > latest ? r.until : latest), first.until);
  return { type, repairModes: type === "repair" ? repairModes : [], reasons, until };
}

/**
 * AS-1/AS-7: for each order item, what the consumer may apply for now, for how many units and
 * until when — or why not. Pure: `now` decides which windows are still open.
 */
export function afterSalesOptions(
  order: AfterSalesOrderFacts,
  items: readonly AfterSalesItemFacts[],
  policy: AfterSalesPolicy,
  now: Date,
): ItemAfterSalesOptions[] {
  const gate = orderBlock(order);
  return items.map((item) => {
    const left = Math.max(0, item.quantity - item.returnedQuantity);
    const blocked = (block: ItemBlock): ItemAfterSalesOptions => ({
      orderItemId: item.id,
      maxQuantity: 0,
      blocked: block,
      available: [],
      unavailable: [],
    });
    if ("block" in gate) return blocked(gate.block);
    if (item.hasLiveServiceOrder) return blocked("live_service_order");
    if (left === 0) return blocked("nothing_left");
    const available: TypeOption[] = [];
    const unavailable: TypeUnavailable[] = [];
    for (const type of serviceTypes) {
      const option = typeOptions(type, gate.signedAt, item, policy, now);
      if ("reasons" in option) available.push(option);
      else unavailable.push(option);
    }
    return { orderItemId: item.id, maxQuantity: left, blocked: null, available, unavailable };
  });
}

export interface ApplicationChoice {
  type: ServiceType;
  reason: AfterSalesReason;
  repairMode: RepairMode | null;
  quantity: number;
}

/** AS-1/AS-7: is this choice for this item allowed by its options? The first problem, or null. */
export function applicationProblem(item: ItemAfterSalesOptions, choice: ApplicationChoice): ApplicationRefusal | null {
  if (item.blocked) return item.blocked;
  const option = item.available.find((o) => o.type === choice.type);
  if (!option) return item.unavailable.find((u) => u.type === choice.type)?.code ?? "type_not_offered";
  if (!option.reasons.some((r) => r.reason === choice.reason)) return "reason_not_allowed";
  if (choice.type === "repair" && !choice.repairMode) return "repair_mode_required";
  if (choice.type !== "repair" && choice.repairMode) return "repair_mode_not_applicable";
  if (!Number.isInteger(choice.quantity) || choice.quantity < 1 || choice.quantity > item.maxQuantity)
    return "quantity_exceeded";
  return null;
}

/** What the application must carry besides the choice (photos and description by reason). */
export type ApplicationContentProblem =
  "description_required" | "description_too_long" | "photos_required" | "too_many_photos";

export function applicationContentProblem(
  policy: AfterSalesPolicy,
  reason: AfterSalesReason,
  content: { description: string; photoCount: number },
): ApplicationContentProblem | null {
  const rule = reasonRule(policy, reason);
  const length = content.description.trim().length;
  if (rule.descriptionRequired && length < policy.description.minLengthWhenRequired) return "description_required";
  if (length > policy.description.maxLength) return "description_too_long";
  if (rule.photosRequired && content.photoCount < Math.max(1, policy.slots.application.min)) return "photos_required";
  if (content.photoCount > policy.slots.application.max) return "too_many_photos";
  return null;
}

const refusalText: Record<ApplicationRefusal, LocalizedText> = {
  order_not_signed: { "zh-CN": "订单签收后才能申请售后", en: "After-sales is available once the order is signed for" },
  order_cancelled: { "zh-CN": "订单已取消,无法申请售后", en: "The order was cancelled; no after-sales is available" },
  order_unpaid: { "zh-CN": "订单未付款,无法申请售后", en: "The order was never paid; no after-sales is available" },
  live_service_order: {
    "zh-CN": "该商品已有进行中的售后服务单",
    en: "This item already has an after-sales service order in progress",
  },
  nothing_left: { "zh-CN": "该商品已全部退货", en: "Every unit of this item was already returned" },
  window_closed: { "zh-CN": "已超过售后申请期限", en: "The application window has closed" },
  no_warranty: { "zh-CN": "该商品不在保修范围内", en: "This item has no warranty" },
  type_not_offered: { "zh-CN": "该商品不支持此售后类型", en: "This service type is not offered for the item" },
  reason_not_allowed: { "zh-CN": "该售后类型不支持所选原因", en: "This reason cannot be used for this service type" },
  repair_mode_required: { "zh-CN": "请选择上门维修或寄修", en: "Choose on-site or send-in repair" },
  repair_mode_not_applicable: { "zh-CN": "只有维修需要选择维修方式", en: "Only repairs take a repair mode" },
  quantity_exceeded: { "zh-CN": "申请数量超过可申请数量", en: "The quantity is more than can be applied for" },
};

/** The refusal as a domain error (BAD_REQUEST) with its code and words in both languages. */
export function applicationRefused(code: ApplicationRefusal, details?: Record<string, unknown>): DomainError {
  return new DomainError("BAD_REQUEST", `AS_${code.toUpperCase()}`, refusalText[code], details);
}
