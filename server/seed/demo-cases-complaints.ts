/**
 * Malicious-behaviour complaints for the demo world (MAL-1/MAL-2), made by the verbs at past
 * times: one in every status (待审核, 需补充材料, 已成立, 不成立, 已关闭 — the last one's material
 * window ran out and the closing sweep at `now` closes it) plus an upheld one whose mark an admin
 * cleared. The orders are inserted here (their own order-number range), so nothing competes with
 * the other demo cases. For the browser story of Done-when 1 (issue 14): the newcomer demo buyer 何静,
 * who has no orders at 晨光, left 8 orders unpaid at 拼好货 (closed_unpaid: the marketplace closed each
 * 30 minutes after it was placed) that no complaint names yet, and has a later 拒绝开票 dispute there
 * waiting for the platform's judgment, where the mark shows once the story's complaint is upheld.
 */
import sharp from "sharp";
import { orderItems, orders } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import type { ComplaintCategory } from "@/server/domain/complaint";
import { fileComplaint } from "@/server/services/complaints/file-complaint";
import { requestInvoice } from "@/server/services/invoices/request-invoice";
import { reviewComplaint } from "@/server/services/complaints/review-complaint";
import { clearRiskMark } from "@/server/services/complaints/risk-marks";
import { supplementComplaint } from "@/server/services/complaints/supplement-complaint";
import { storeUpload } from "@/server/services/files/store-upload";
import type { DemoShopKey } from "./accounts";
import { demoShops } from "./demo-data";
import { choosePlanFor, openDisputeFor, refuseFor, respondFor } from "./demo-cases-acts";
import { actAt, ago, type Buyer, DAY, type DemoKit, HOUR, MINUTE, type SeedOrder } from "./demo-cases-kit";

/** Distinct from the demo world's and the other demo cases' order numbers. */
export const COMPLAINT_ORDER_NO_BASE = 309_960_000_000;

interface Ctx {
  kit: DemoKit;
  made: number;
  png: Uint8Array;
}

/** An order of the buyer: signed (paid 2 minutes after placing), or closed unpaid 30 minutes after placing. */
async function insertOrder(
  c: Ctx,
  shop: DemoShopKey,
  buyer: Buyer,
  placedAgo: number,
  unpaid: boolean,
): Promise<SeedOrder> {
  const { kit } = c;
  const data = demoShops.find((s) => s.key === shop);
  const product = data?.products[c.made % (data.products.length || 1)];
  if (!data || !product) throw new Error(`demo complaints: no products for ${shop}`);
  c.made += 1;
  const placedAt = ago(kit, placedAgo);
  const at = (ms: number) => new Date(placedAt.getTime() + ms);
  const [order] = await kit.db
    .insert(orders)
    .values({
      shopId: kit.shops[shop].id,
      consumerId: buyer.id,
      orderNo: String(COMPLAINT_ORDER_NO_BASE + c.made * 7_901),
      status: unpaid ? "closed_unpaid" : "signed",
      deliveryType: data.deliveryType,
      amountFen: product.priceFen,
      placedAt,
      paidAt: unpaid ? null : at(2 * MINUTE),
      shippedAt: unpaid ? null : at(DAY),
      signedAt: unpaid ? null : at(3 * DAY),
      cancelledAt: unpaid ? at(30 * MINUTE) : null,
      carrier: unpaid ? null : (data.carriers[0] ?? "京东物流"),
      trackingNo: unpaid ? null : `JDC${String(770_000_100_000 + c.made * 7_919)}`,
      shippingAddress: "广州市天河区体育西路 191 号 中石化大厦 B 座 2308",
    })
    .returning();
  if (!order) throw new Error("demo complaints: order insert returned nothing");
  await kit.db
    .insert(orderItems)
    .values({ orderId: order.id, sku: product.sku, name: product.name, quantity: 1, unitPriceFen: product.priceFen });
  const { id, orderNo, consumerId, status, amountFen, paidAt, completedAt } = order;
  return { id, orderNo, shopKey: shop, consumerId, status, amountFen, paidAt, completedAt };
}

const ownerOf = (kit: DemoKit, shop: DemoShopKey): Actor => {
  if (shop === "chenguang") return kit.staff.chenguangOwner;
  if (shop === "pinhaohuo") return kit.staff.pinhaohuo;
  if (shop === "youpin") return kit.staff.youpin;
  throw new Error(`demo complaints: no owner for ${shop}`);
};

async function screenshot(c: Ctx, owner: Actor, when: Date, name: string): Promise<string> {
  const stored = await storeUpload(actAt(c.kit.db, owner, null, new Date(when.getTime() - 5 * MINUTE)), {
    filename: `${name}.png`,
    bytes: c.png,
    purpose: "evidence",
  });
  return stored.id;
}

interface Story {
  shop: DemoShopKey;
  buyer: Buyer;
  category: ComplaintCategory;
  orders: number;
  unpaid: boolean;
  statement: string;
  filedAgo: number;
  /** Slot keys filled with one screenshot each. */
  slots: string[];
}

async function file(c: Ctx, s: Story) {
  const owner = ownerOf(c.kit, s.shop);
  const when = ago(c.kit, s.filedAgo);
  const orderIds = [];
  for (let i = 0; i < s.orders; i++)
    orderIds.push((await insertOrder(c, s.shop, s.buyer, s.filedAgo + (i + 2) * DAY, s.unpaid)).id);
  const evidence: Record<string, string[]> = {};
  for (const slot of s.slots) evidence[slot] = [await screenshot(c, owner, when, slot)];
  const merchant = actAt(c.kit.db, owner, null, when);
  return fileComplaint(merchant, {
    consumerId: s.buyer.id,
    category: s.category,
    orderIds,
    statement: s.statement,
    evidence,
  });
}

const decide = (c: Ctx, id: string, decision: "uphold" | "dismiss" | "request_material", reason: string, at: Date) =>
  reviewComplaint(actAt(c.kit.db, c.kit.staff.judge, null, at), { complaintId: id, decision, reason });

/**
 * Done-when 1: the newcomer 何静 (no orders at 晨光 at all) placed 8 orders at 拼好货 in the last 10 days
 * and paid none; then a later order there, signed, whose invoice 拼好货 refused. Her 拒绝开票 dispute:
 * opened, answered with a settlement she rejected, so it waits for the platform's judgment (on the
 * adjudication console) — the case where the merchant and the judge see the mark once the complaint
 * the story files is upheld.
 */
async function seedUnpaidStory(c: Ctx): Promise<void> {
  const { kit } = c;
  const buyer = kit.newcomer;
  for (let i = 0; i < 8; i++) await insertOrder(c, "pinhaohuo", buyer, (i + 1) * 26 * HOUR, true);
  const order = await insertOrder(c, "pinhaohuo", buyer, 9 * DAY, false);
  const requested = await requestInvoice(
    actAt(kit.db, buyer.actor, { kind: "consumer", consumerId: buyer.id }, ago(kit, 5 * DAY)),
    {
      orderId: order.id,
      title: buyer.name,
      invoiceType: "electronic_normal",
    },
  );
  const inv = { id: requested.id, shop: "pinhaohuo" as const, order, buyer };
  await refuseFor(kit, inv, ago(kit, 4 * DAY + 20 * HOUR), "鲜果订单已随箱附赠收据,本店暂不开具电子发票");
  const disputeId = await openDisputeFor(kit, inv, ago(kit, 4 * DAY), {
    scenario: "invoice_refused",
    claim: "收据不能代替发票,我需要按实付金额开具电子普通发票。",
  });
  await choosePlanFor(kit, inv, disputeId, ago(kit, 3 * DAY + 6 * HOUR), {
    kind: "settlement",
    plan: "cannot_issue",
    note: "本店尚未开通电子发票服务,确实无法开具,已向买家致歉",
  });
  await respondFor(kit, inv, disputeId, ago(kit, 2 * DAY + 12 * HOUR), {
    decision: "reject",
    reason: "开具发票是商家的义务,不接受无法开票的方案,请平台裁决。",
  });
}

export async function seedComplaintCases(kit: DemoKit): Promise<void> {
  const png = await sharp({ create: { width: 360, height: 240, channels: 3, background: "#e8eef5" } })
    .png()
    .toBuffer();
  const c: Ctx = { kit, made: 0, png: new Uint8Array(png) };
  const others = [...kit.buyers.values()].filter((b) => b.actor === null).slice(0, 6);
  const buyer = (i: number) => {
    const b = others[i];
    if (!b) throw new Error("demo complaints: too few buyers");
    return b;
  };

  await seedUnpaidStory(c);

  // 待审核: filed 20 hours ago, 52 hours of review left.
  await file(c, {
    shop: "pinhaohuo",
    buyer: buyer(0),
    category: "scalper_bulk",
    orders: 3,
    unpaid: false,
    statement: "同一收货地址短时间内用多个账号批量下单限购水果礼盒,疑似黄牛转售",
    filedAgo: 20 * HOUR,
    slots: ["order_screenshots"],
  });

  // 需补充材料: asked 10 hours ago; the merchant has until 62 hours from now.
  const pending = await file(c, {
    shop: "chenguang",
    buyer: buyer(1),
    category: "return_risk",
    orders: 1,
    unpaid: false,
    statement: "买家退回的耳机包装内为旧款耳机,疑似调包退货,请平台核实",
    filedAgo: 2 * DAY,
    slots: ["chat_screenshots", "logistics_records"],
  });
  await decide(c, pending.id, "request_material", "请补充签收时的开箱视频截图或称重记录", ago(kit, 10 * HOUR));

  // 已成立 (an active mark) and 已成立 whose mark an admin cleared.
  const upheld = await file(c, {
    shop: "youpin",
    buyer: buyer(2),
    category: "compensation_risk",
    orders: 1,
    unpaid: false,
    statement: "买家签收后以家具划痕为由多次索要高额赔偿,并威胁差评,聊天记录为证",
    filedAgo: 6 * DAY,
    slots: ["chat_screenshots", "logistics_records"],
  });
  await decide(c, upheld.id, "uphold", "聊天记录显示买家以差评要挟索赔,物流签收无破损备注", ago(kit, 5 * DAY));
  const cleared = await file(c, {
    shop: "youpin",
    buyer: buyer(3),
    category: "return_risk",
    orders: 1,
    unpaid: false,
    statement: "买家退货时退回的配件不全,怀疑故意少退配件后申请退款",
    filedAgo: 12 * DAY,
    slots: ["chat_screenshots", "logistics_records"],
  });
  const mark = await decide(c, cleared.id, "uphold", "退货签收记录显示配件缺失", ago(kit, 11 * DAY));
  if (mark.markId) {
    await clearRiskMark(actAt(kit.db, kit.staff.senior, null, ago(kit, 9 * DAY)), {
      markId: mark.markId,
      reason: "复核发现配件由仓库漏记,买家已全部退回,标记有误",
    });
  }

  // 不成立.
  const dismissed = await file(c, {
    shop: "chenguang",
    buyer: buyer(4),
    category: "malicious_order",
    orders: 1,
    unpaid: false,
    statement: "买家下单后频繁催促发货并要求改价,疑似恶意订单",
    filedAgo: 4 * DAY,
    slots: ["order_screenshots"],
  });
  await decide(c, dismissed.id, "dismiss", "催促发货与议价属正常购物沟通,不构成恶意行为", ago(kit, 3 * DAY));

  // 已关闭: asked for material 4 days ago; the sweep at `now` closes it (window 72h).
  const lapsed = await file(c, {
    shop: "pinhaohuo",
    buyer: buyer(5),
    category: "split_arbitrage",
    orders: 2,
    unpaid: false,
    statement: "买家将一单拆成两单分别使用满减券,每单刚好达到满减门槛,疑似套利",
    filedAgo: 5 * DAY,
    slots: ["order_screenshots"],
  });
  await decide(c, lapsed.id, "request_material", "请补充两笔订单的优惠券使用明细截图", ago(kit, 4 * DAY));

  // 待审核 again after the merchant supplied the material it was asked for.
  const supplied = await file(c, {
    shop: "chenguang",
    buyer: buyer(1),
    category: "malicious_order",
    orders: 2,
    unpaid: false,
    statement: "买家下单高价商品后以地址错误为由多次拒收,造成往返运费损失",
    filedAgo: 3 * DAY,
    slots: ["order_screenshots", "chat_screenshots"],
  });
  await decide(c, supplied.id, "request_material", "请补充两次拒收的物流轨迹截图", ago(kit, 2 * DAY));
  const owner = kit.staff.chenguangOwner;
  const when = ago(kit, 30 * HOUR);
  await supplementComplaint(actAt(kit.db, owner, null, when), {
    complaintId: supplied.id,
    statement: "已补充两次拒收的物流轨迹截图,均显示买家本人拒收",
    files: [await screenshot(c, owner, when, "supplement")],
  });
}
