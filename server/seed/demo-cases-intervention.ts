/**
 * Demo platform-intervention work orders (WO-1..3, WO-PDD-1/2, WO-TM-1..5) in every stage the
 * merchant's warning queue and the platform's review/judgment queue show: open with time left,
 * answered with evidence (judging), resolved by a reshipment, replied "unresolved" (reviewing)
 * and one collaborative work order left unanswered, which the final sweep sends to judgment.
 *
 * Applying takes a person who can sign in, so only the demo buyers apply; orders are signed or
 * completed, not worry-free, not used by another demo case, chosen newest first.
 */
import { and, inArray } from "drizzle-orm";
import { orders, workOrders } from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { applyForIntervention } from "@/server/services/intervention/apply-for-intervention";
import type { InterventionType } from "@/server/services/intervention/intervention-work-order";
import { interventionTypes } from "@/server/services/intervention/intervention-work-order";
import { replyCollaborative } from "@/server/services/intervention/reply-collaborative";
import { submitWorkOrderEvidence } from "@/server/services/intervention/submit-work-order-evidence";
import { storeUpload } from "@/server/services/files/store-upload";
import type { DemoShopKey } from "./accounts";
import { demoInvoicePdf } from "./demo-cases-pdf";
import { actAt, ago, type DemoBuyerKey, type DemoKit, HOUR, MINUTE, type SeedOrder } from "./demo-cases-kit";

interface Applied {
  workOrderId: string;
  order: SeedOrder;
  buyer: Actor;
}

type Facts = { worryFree: Set<string>; signedAt: Map<string, Date>; taken: Set<string> };

async function loadFacts(kit: DemoKit): Promise<Facts> {
  const ids = kit.orders.map((o) => o.id);
  const rows =
    ids.length > 0
      ? await kit.db
          .select({ id: orders.id, worryFree: orders.worryFree, signedAt: orders.signedAt })
          .from(orders)
          .where(inArray(orders.id, ids))
      : [];
  const existing =
    ids.length > 0
      ? await kit.db
          .select({ orderId: workOrders.orderId, type: workOrders.type })
          .from(workOrders)
          .where(and(inArray(workOrders.orderId, ids), inArray(workOrders.type, [...interventionTypes])))
      : [];
  return {
    worryFree: new Set(rows.filter((r) => r.worryFree).map((r) => r.id)),
    signedAt: new Map(rows.flatMap((r) => (r.signedAt ? [[r.id, r.signedAt] as const] : []))),
    taken: new Set(existing.map((w) => `${w.orderId}:${w.type}`)),
  };
}

export async function seedInterventionCases(kit: DemoKit): Promise<void> {
  const facts = await loadFacts(kit);
  const at = (ms: number) => ago(kit, ms);
  const buyerKeys: DemoBuyerKey[] = ["zhangwei", "lina", "wangfang"];

  /** WO-1: the named demo buyer (else another demo buyer) applies on a fitting order of the shop. */
  const apply = async (
    shop: DemoShopKey,
    who: DemoBuyerKey,
    type: InterventionType,
    appliedAgo: number,
    claim: string,
  ): Promise<Applied | null> => {
    const when = at(appliedAgo);
    const limit = when.getTime() - HOUR;
    for (const key of [who, ...buyerKeys.filter((k) => k !== who)]) {
      const buyer = kit.demoBuyers[key];
      const actor = buyer.actor;
      if (!actor) continue;
      const order = kit.orders.find(
        (o) =>
          o.shopKey === shop &&
          o.consumerId === buyer.id &&
          !kit.used.has(o.id) &&
          (o.status === "signed" || o.status === "completed") &&
          !facts.worryFree.has(o.id) &&
          !facts.taken.has(`${o.id}:${type}`) &&
          (facts.signedAt.get(o.id)?.getTime() ?? Number.POSITIVE_INFINITY) < limit &&
          (o.completedAt === null || o.completedAt.getTime() < limit),
      );
      if (!order) continue;
      kit.used.add(order.id);
      facts.taken.add(`${order.id}:${type}`);
      kit.casesPerBuyer.set(buyer.id, (kit.casesPerBuyer.get(buyer.id) ?? 0) + 1);
      const opened = await applyForIntervention(
        actAt(kit.db, actor, { kind: "consumer", consumerId: buyer.id }, when),
        { orderId: order.id, type, claim },
      );
      return { workOrderId: opened.workOrderId, order, buyer: actor };
    }
    return null;
  };

  const shopOwner = {
    chenguang: "chenguangOwner",
    pinhaohuo: "pinhaohuo",
    youpin: "youpin",
    jingxuan: "judge",
  } as const;
  /** A small evidence PDF uploaded by the shop owner a few minutes before submitting. */
  const evidencePdf = async (
    shop: DemoShopKey,
    title: string,
    filename: string,
    order: SeedOrder,
    when: Date,
  ): Promise<string> => {
    const owner = kit.staff[shopOwner[shop]];
    const bytes = demoInvoicePdf([
      `${title} (DEMO)`,
      `Order No: ${order.orderNo}`,
      `Date: ${when.toISOString().slice(0, 10)}`,
    ]);
    const stored = await storeUpload(actAt(kit.db, owner, null, new Date(when.getTime() - 5 * MINUTE)), {
      filename,
      bytes,
      purpose: "evidence",
    });
    return stored.id;
  };
  const submit = async (
    shop: DemoShopKey,
    wo: Applied,
    when: Date,
    path: string,
    evidence: Record<string, string[]>,
    fields: Record<string, string> = {},
  ) => {
    await submitWorkOrderEvidence(
      actAt(kit.db, kit.staff[shopOwner[shop]], { kind: "merchant", shopId: kit.shops[shop].id }, when),
      { workOrderId: wo.workOrderId, path, evidence, fields },
    );
  };

  // 晨光 (JD) 未收到货: opened 8h ago, ~40h of its 48h left (WO-PDD-1).
  await apply(
    "chenguang",
    "zhangwei",
    "not_received",
    8 * HOUR,
    "物流显示已签收,但我本人和家人都没有收到包裹,快递柜和门卫处也没有,请平台介入核实。",
  );

  // 晨光 未收到货 answered with both slots → platform judgment (WO-PDD-1, WO-3).
  const proved = await apply(
    "chenguang",
    "lina",
    "not_received",
    30 * HOUR,
    "订单显示已签收,但我一直没有收到货,联系快递员也说不清楚放在哪里了。",
  );
  if (proved) {
    const when = at(22 * HOUR);
    const receipt = await evidencePdf(
      "chenguang",
      "Shipping receipt",
      `发货底单_${proved.order.orderNo}.pdf`,
      proved.order,
      when,
    );
    const stamp = await evidencePdf(
      "chenguang",
      "Signed red-stamp logistics proof",
      `签收红章证明_${proved.order.orderNo}.pdf`,
      proved.order,
      when,
    );
    await submit("chenguang", proved, when, "delivery_proof", {
      shipping_receipt: [receipt],
      signed_red_stamp: [stamp],
    });
  }

  // 拼好货 (PDD) 少发漏发: opened 18h ago, ~6h of its 24h left (WO-PDD-2).
  await apply(
    "pinhaohuo",
    "wangfang",
    "missing_items",
    18 * HOUR,
    "订单是 5 斤装的橙子,收到后称重只有 3 斤多,明显少发了,请商家补发或退款。",
  );

  // 拼好货 少发漏发 resolved by a reshipment with its tracking number (WO-PDD-2).
  const reshipped = await apply(
    "pinhaohuo",
    "zhangwei",
    "missing_items",
    2 * 24 * HOUR,
    "收到的礼盒里少了一袋赠品坚果,商品详情页写明是包含的。",
  );
  if (reshipped) {
    await submit(
      "pinhaohuo",
      reshipped,
      at(2 * 24 * HOUR - 5 * HOUR),
      "reshipment",
      {},
      {
        note: "经核实仓库漏装赠品坚果一袋,已安排顺丰补发,预计两天内送达",
        trackingNo: `SF1${reshipped.order.orderNo.slice(-11).padStart(11, "0")}`,
      },
    );
  }

  // 优品 (Tmall) 协同工单: opened 4h ago, ~20h of its 24h left (WO-TM-1).
  await apply(
    "youpin",
    "lina",
    "collaborative",
    4 * HOUR,
    "收到的床品套件颜色与页面展示严重不符,联系客服两天无人回复,希望平台协调退换。",
  );

  // 优品 协同工单 replied "unresolved": two contacts after creation and a voucher → review (WO-TM-3/4).
  const unreachable = await apply(
    "youpin",
    "wangfang",
    "collaborative",
    20 * HOUR,
    "商品安装后出现异响,商家客服只让我等,一直没有给出处理方案。",
  );
  if (unreachable) {
    const when = at(9 * HOUR);
    const voucher = await evidencePdf(
      "youpin",
      "Call log",
      `通话记录_${unreachable.order.orderNo}.pdf`,
      unreachable.order,
      when,
    );
    await replyCollaborative(actAt(kit.db, kit.staff.youpin, { kind: "merchant", shopId: kit.shops.youpin.id }, when), {
      workOrderId: unreachable.workOrderId,
      answer: "unresolved",
      note: "工单创建后两次致电消费者均未接通,旺旺留言也未回复,无法确认异响情况,申请平台复核",
      contacts: [
        { at: at(18 * HOUR), channel: "phone", note: "致电未接通" },
        { at: at(12 * HOUR), channel: "im", note: "旺旺留言请消费者提供异响视频,未回复" },
      ],
      vouchers: [voucher],
    });
  }

  // 优品 协同工单 nobody answered: applied 30h ago, due 6h ago → the sweep sends it to judgment (WO-TM-5).
  await apply(
    "youpin",
    "zhangwei",
    "collaborative",
    30 * HOUR,
    "购买的沙发靠垫开线,申请售后被商家以超过期限为由拒绝,希望平台介入协调。",
  );
}
