/**
 * After-sales service orders (AS-1..8, SVC-1..3, SHOP-1) for the demo world: at least one in every
 * status, across the four shops — 优品 with 极速审核, 闪电退款 and 运费险 switched on, 晨光 and 拼好货
 * with none, 京选 (FBP) whose returns the platform's warehouse receives. Made by the verbs as the
 * demo people at past times (each record has its real deadline ledger and timeline), on fresh
 * orders of its own, timed so no deadline is past at `now`: the sweep that follows the demo
 * cases changes nothing here. Plus a pool of untouched signed orders for the browser stories.
 */
import type { ApplyForServiceInput } from "@/server/services/after-sales/apply-for-service-input";
import { applyForService } from "@/server/services/after-sales/apply-for-service";
import { approveServiceOrder } from "@/server/services/after-sales/approve-service-order";
import { escalateServiceOrder } from "@/server/services/after-sales/escalate-service-order";
import { processServiceOrder } from "@/server/services/after-sales/process-service-order";
import { proposeToConsumer } from "@/server/services/after-sales/propose-to-consumer";
import { recordReceipt } from "@/server/services/after-sales/record-receipt";
import { disputeCompletion } from "@/server/services/after-sales/dispute-completion";
import { recordVisit } from "@/server/services/after-sales/record-visit";
import { scheduleVisit } from "@/server/services/after-sales/schedule-visit";
import { respondToProposal } from "@/server/services/after-sales/respond-to-proposal";
import { shipReturn } from "@/server/services/after-sales/ship-return";
import { withdrawServiceOrder } from "@/server/services/after-sales/withdraw-service-order";
import type { DemoShopKey } from "./accounts";
import {
  as,
  asBuyer,
  type AfterSalesKit,
  type FreshOrder,
  freshOrder,
  loadAfterSalesKit,
  pendingProposal,
  switchServices,
} from "./demo-cases-after-sales-kit";
import { ago, DAY, type DemoBuyerKey, type DemoKit, HOUR } from "./demo-cases-kit";

/** Untouched signed orders per demo buyer for the browser stories. */
export const STORY_POOL_PER_BUYER = 2;

type Step =
  | "approve"
  | "ship"
  | "receive"
  | "refund"
  | "propose_reject"
  | "propose_refund_instead"
  | "refuse"
  | "escalate"
  | "schedule"
  | "visit"
  | "not_done"
  | "withdraw";

interface DemoServiceCase {
  shop: DemoShopKey;
  buyer: DemoBuyerKey;
  apply: Pick<ApplyForServiceInput, "type" | "reason"> & Partial<ApplyForServiceInput>;
  /** Hours before now: the application, then each step. */
  at: number;
  steps?: [number, Step][];
}

const noReasonReturn = { type: "return", reason: "no_reason_7d" } as const;
const exchange = { type: "exchange", reason: "other", description: "尺码偏小,想换大一号" } as const;
const installation = { type: "installation", reason: "other", description: "需要上门安装并调平" } as const;
const onSiteRepair = {
  type: "repair",
  repairMode: "on_site",
  reason: "other",
  description: "柜门合页松动,关不严",
} as const;
const sendInRepair = {
  type: "repair",
  repairMode: "send_in",
  reason: "other",
  description: "左耳机无声,重新配对无效",
} as const;

/** The story of each demo service order, by the status it ends in. */
const cases: DemoServiceCase[] = [
  // pending_review (待审核): 24h for 七天无理由 (AS-2), 48h otherwise.
  { shop: "chenguang", buyer: "zhangwei", apply: noReasonReturn, at: 3 },
  { shop: "pinhaohuo", buyer: "lina", apply: { ...exchange, description: "收到的规格与下单不符" }, at: 10 },
  // awaiting_return (待寄回), approved with 「运费不得到付」.
  { shop: "chenguang", buyer: "lina", apply: noReasonReturn, at: 30, steps: [[28, "approve"]] },
  // awaiting_receipt (待收货): 优品's 极速审核 approved it on application and 闪电退款 refunded on shipping.
  { shop: "youpin", buyer: "wangfang", apply: noReasonReturn, at: 50, steps: [[40, "ship"]] },
  // awaiting_receipt at the FBP shop: the platform's warehouse records receipt (SHOP-1).
  {
    shop: "jingxuan",
    buyer: "zhangwei",
    apply: noReasonReturn,
    at: 72,
    steps: [
      [70, "approve"],
      [60, "ship"],
    ],
  },
  // awaiting_processing (待处理): received 20h ago, 28h left (AS-4).
  {
    shop: "chenguang",
    buyer: "wangfang",
    apply: { type: "return", reason: "other", description: "颜色与商品图片差别较大" },
    at: 96,
    steps: [
      [90, "approve"],
      [80, "ship"],
      [20, "receive"],
    ],
  },
  // repairing (维修中): a send-in repair received 6 days ago (AS-3: 30 days).
  {
    shop: "chenguang",
    buyer: "zhangwei",
    apply: sendInRepair,
    at: 10 * 24,
    steps: [
      [9 * 24, "approve"],
      [8 * 24, "ship"],
      [6 * 24, "receive"],
    ],
  },
  // awaiting_visit, visit_scheduled, completion_check: on-site work (AS-3: 7 days from approval).
  { shop: "youpin", buyer: "zhangwei", apply: installation, at: 20, steps: [[18, "approve"]] },
  {
    shop: "youpin",
    buyer: "lina",
    apply: installation,
    at: 48,
    steps: [
      [40, "approve"],
      [30, "schedule"],
    ],
  },
  {
    shop: "youpin",
    buyer: "wangfang",
    apply: onSiteRepair,
    at: 72,
    steps: [
      [60, "approve"],
      [10, "visit"],
    ],
  },
  // awaiting_consumer (待消费者确认): the merchant proposes a refund instead of the exchange (AS-5).
  { shop: "chenguang", buyer: "lina", apply: exchange, at: 8, steps: [[5, "propose_refund_instead"]] },
  // platform_review (平台介入, AS-8): a refused rejection; on-site work the consumer says was not done.
  {
    shop: "pinhaohuo",
    buyer: "zhangwei",
    apply: noReasonReturn,
    at: 20,
    steps: [
      [18, "propose_reject"],
      [16, "refuse"],
      [15, "escalate"],
    ],
  },
  {
    shop: "youpin",
    buyer: "lina",
    apply: installation,
    at: 96,
    steps: [
      [90, "approve"],
      [50, "visit"],
      [40, "not_done"],
      [30, "escalate"],
    ],
  },
  // completed (已完成): a flash-refunded return (SVC-2) arrived; nothing was left to process.
  {
    shop: "youpin",
    buyer: "zhangwei",
    apply: noReasonReturn,
    at: 100,
    steps: [
      [90, "ship"],
      [40, "receive"],
    ],
  },
  // closed (已关闭): withdrawn by the consumer.
  { shop: "pinhaohuo", buyer: "wangfang", apply: noReasonReturn, at: 30, steps: [[20, "withdraw"]] },
];

async function runStep(k: AfterSalesKit, c: DemoServiceCase, o: FreshOrder, id: string, step: Step, at: Date) {
  const merchant = as(k, k.owner[c.shop], at);
  const buyer = asBuyer(k, o, at);
  const serviceOrderId = id;
  switch (step) {
    case "approve":
      return approveServiceOrder(merchant, {
        serviceOrderId,
        opinion:
          c.apply.type === "installation" || c.apply.repairMode === "on_site" ? "安排师傅上门" : "同意,请按要求寄回",
        noCodReturn: c.apply.type === "return" || c.apply.type === "exchange",
        includeAccessories: false,
      });
    case "ship":
      return shipReturn(buyer, {
        serviceOrderId,
        carrier: "顺丰速运",
        trackingNo: `SF${String(at.getTime()).slice(-10)}`,
      });
    case "receive":
      return recordReceipt(merchant, { serviceOrderId, photos: [] });
    case "refund":
      return processServiceOrder(merchant, { serviceOrderId, result: "refund" });
    case "propose_reject":
      return proposeToConsumer(merchant, { serviceOrderId, kind: "reject", note: "商品已拆封使用,影响二次销售" });
    case "propose_refund_instead":
      return proposeToConsumer(merchant, {
        serviceOrderId,
        kind: "change_result",
        changeTo: "refund",
        note: "该尺码已无库存,建议改为退货退款",
      });
    case "refuse":
      return respondToProposal(buyer, {
        serviceOrderId,
        proposalId: await pendingProposal(k, id),
        decision: step,
      });
    case "escalate":
      return escalateServiceOrder(buyer, { serviceOrderId, reason: "商家的处理不合理,请平台判定" });
    case "schedule":
      return scheduleVisit(merchant, {
        serviceOrderId,
        visitFrom: new Date(k.kit.now.getTime() + 20 * HOUR),
        visitTo: new Date(k.kit.now.getTime() + 22 * HOUR),
      });
    case "visit":
      return recordVisit(merchant, { serviceOrderId, note: "已上门完成安装调试", photos: [] });
    case "not_done":
      return disputeCompletion(buyer, { serviceOrderId, reason: "师傅没有上门,记录不属实" });
    case "withdraw":
      return withdrawServiceOrder(buyer, { serviceOrderId });
  }
}

export async function seedAfterSalesCases(kit: DemoKit): Promise<void> {
  const k = await loadAfterSalesKit(kit);
  const on = { fastReview: true, flashRefund: true, shippingInsurance: true };
  await switchServices(k, "youpin", on, ago(kit, 30 * DAY));
  for (const c of cases) {
    const order = await freshOrder(k, { shop: c.shop, buyer: c.buyer, signedAgoMs: (c.at + 24) * HOUR });
    const [itemId] = order.itemIds;
    if (!itemId) throw new Error("demo after-sales: no item");
    const made = await applyForService(asBuyer(k, order, ago(kit, c.at * HOUR)), {
      repairMode: null,
      description: "",
      photos: [],
      ...c.apply,
      orderId: order.id,
      items: [{ orderItemId: itemId, quantity: 1 }],
    });
    for (const [hoursAgo, step] of c.steps ?? []) await runStep(k, c, order, made.id, step, ago(kit, hoursAgo * HOUR));
  }
  // The browser stories' pool (e2e/stories/after-sales-*.spec.ts): signed yesterday at 晨光 (no
  // services switched on), two items each, nothing applied for — every window is open.
  for (const buyer of ["zhangwei", "lina", "wangfang"] as const)
    for (let i = 0; i < STORY_POOL_PER_BUYER; i += 1)
      await freshOrder(k, { shop: "chenguang", buyer, signedAgoMs: DAY + i * HOUR, items: 2 });
}
