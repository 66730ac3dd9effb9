import type { ComplaintCategory } from "../complaint";
import type { LocalizedText } from "../errors";
import { imageKinds } from "../files";
import { DAY_MS, HOUR_MS } from "../time";
import type { EvidenceSlot } from "./types";

/** MAL-1: one category, its label and the evidence slots it asks for. */
export interface ComplaintCategoryRule {
  key: ComplaintCategory;
  label: LocalizedText;
  /** What the merchant should show, in words for the form. */
  hint: LocalizedText;
  slots: readonly EvidenceSlot[];
  /** The fewest orders a complaint of this category names (bulk categories need several). */
  minOrders: number;
}

export interface ComplaintPolicy {
  id: string;
  version: number;
  name: LocalizedText;
  categories: readonly ComplaintCategoryRule[];
  /** The most orders one complaint may name. */
  maxOrders: number;
  statement: { minLength: number; maxLength: number };
  /** MAL-2: the platform reviews within this long of filing (or of the merchant's supplement). */
  reviewWindowMs: number;
  /** MAL-2: how many times the platform may ask for more material, and the merchant's window to answer. */
  materialRequests: { max: number; windowMs: number };
  /** The slot a supplement's files go in (any category). */
  supplementSlot: EvidenceSlot;
  /** MAL-2: how long a risk mark counts after it is put on the buyer. */
  markValidityMs: number;
  /** NTF-1: remind the merchant this long before the material window closes. */
  reminderBeforeMs: number;
}

const slot = (key: string, zh: string, en: string, min: number, max = 9): EvidenceSlot => ({
  key,
  label: { "zh-CN": zh, en },
  accepts: imageKinds,
  min,
  max,
});

const chat = (min: number) => slot("chat_screenshots", "聊天记录截图", "Chat screenshots", min);
const orderShots = (min: number) => slot("order_screenshots", "订单截图", "Order screenshots", min);
const logistics = (min: number) => slot("logistics_records", "物流记录", "Logistics records", min);
const other = slot("other", "其他材料", "Other material", 0);

/**
 * JD 京营保 恶意行为投诉 rules, version 1. A complaint keeps the version it was filed under
 * (ROL-1: complaints.policy_version).
 *
 * Choices where the SPEC is silent (written down as it asks):
 * - Evidence: images only (screenshots), as JD's form. Every category needs at least one order
 *   screenshot or chat screenshot — the thing the platform cannot see itself; logistics records
 *   are required where the complaint is about goods moving (returns, compensation). At most 9
 *   files a slot, as every other slot of the platform.
 * - Orders: 1..50 per complaint; the bulk categories (黄牛批量下单, 大量下单不付款, 拆单套利) need
 *   at least 2 orders, since the behaviour is a pattern across orders.
 * - Statement: 10..1000 characters, so a complaint always says what happened in words.
 * - Review: 72h from filing (and again 72h from the merchant's supplement). A missed review has
 *   no automatic outcome: marks are never put or refused by a clock (MAL-3: no rule decides by
 *   itself); the row stays overdue at the top of the queue.
 * - More material: once per complaint. The merchant has 72h; the platform's review clock stops
 *   meanwhile and restarts (a full 72h) on the supplement. Left unanswered, the complaint is
 *   closed (已关闭), not dismissed: nothing was found against the buyer or the merchant, and the
 *   merchant may file again about the same orders with the material.
 * - Marks: 180 days from the decision, then they simply stop counting (a query condition).
 */
export const complaintsV1: ComplaintPolicy = {
  id: "jd.malicious_complaints",
  version: 1,
  name: { "zh-CN": "京东恶意行为投诉规则", en: "JD malicious-behaviour complaint rules" },
  categories: [
    {
      key: "malicious_order",
      label: { "zh-CN": "恶意订单预警", en: "Malicious order warning" },
      hint: { "zh-CN": "请上传订单截图及相关聊天记录", en: "Upload the order screenshots and the chats about them" },
      slots: [orderShots(1), chat(0), other],
      minOrders: 1,
    },
    {
      key: "return_risk",
      label: { "zh-CN": "退换货风险", en: "Return or exchange risk" },
      hint: {
        "zh-CN": "请上传聊天记录及退货物流记录(如空包、调包)",
        en: "Upload the chats and the return's logistics records (e.g. empty parcel, swapped goods)",
      },
      slots: [chat(1), logistics(1), orderShots(0), other],
      minOrders: 1,
    },
    {
      key: "compensation_risk",
      label: { "zh-CN": "赔付风险", en: "Compensation risk" },
      hint: {
        "zh-CN": "请上传索赔聊天记录及物流记录",
        en: "Upload the chats where compensation was demanded and the logistics records",
      },
      slots: [chat(1), logistics(1), orderShots(0), other],
      minOrders: 1,
    },
    {
      key: "scalper_bulk",
      label: { "zh-CN": "黄牛批量下单", en: "Scalpers bulk-ordering" },
      hint: {
        "zh-CN": "请上传批量订单截图(同地址、同时段等)",
        en: "Upload screenshots of the bulk orders (same address, same time…)",
      },
      slots: [orderShots(1), chat(0), other],
      minOrders: 2,
    },
    {
      key: "unpaid_orders",
      label: { "zh-CN": "大量下单不付款", en: "Many orders left unpaid" },
      hint: { "zh-CN": "请上传未付款订单截图", en: "Upload screenshots of the unpaid orders" },
      slots: [orderShots(1), chat(0), other],
      minOrders: 2,
    },
    {
      key: "split_arbitrage",
      label: { "zh-CN": "拆单套利", en: "Split-order arbitrage" },
      hint: {
        "zh-CN": "请上传拆分订单截图及优惠使用记录",
        en: "Upload screenshots of the split orders and the discounts they used",
      },
      slots: [orderShots(1), chat(0), other],
      minOrders: 2,
    },
  ],
  maxOrders: 50,
  statement: { minLength: 10, maxLength: 1000 },
  reviewWindowMs: 72 * HOUR_MS,
  materialRequests: { max: 1, windowMs: 72 * HOUR_MS },
  supplementSlot: slot("supplement", "补充材料", "Supplementary material", 1),
  markValidityMs: 180 * DAY_MS,
  reminderBeforeMs: 4 * HOUR_MS,
};

export function categoryRule(policy: ComplaintPolicy, category: ComplaintCategory): ComplaintCategoryRule {
  const rule = policy.categories.find((c) => c.key === category);
  if (!rule) throw new Error(`complaint policy ${policy.id} v${policy.version} has no category ${category}`);
  return rule;
}
