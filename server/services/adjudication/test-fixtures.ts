/**
 * Test data for the adjudication console (imported by *.test.ts only): cases waiting for the
 * platform are inserted the way their own verbs leave them, at chosen times, so the queue's
 * order, filters and deadlines can be checked to the millisecond.
 */
import type { DbOrTx } from "@/db/client";
import { disputes, workOrders } from "@/db/schema";
import type { DisputeScenario } from "@/server/domain/dispute";
import type { MarketplaceStyle } from "@/server/domain/shop";
import { HOUR_MS } from "@/server/domain/time";
import { createAdmin, createConsumer, createMerchant, createOrder, createShop, type AdminActor, type ConsumerActor, type MerchantActor, type Shop } from "@/server/test/harness";
import type { InterventionType } from "../intervention/internal";

/** "Now" for these tests: far from every other file's clock, so no other sweep reaches our rows. */
export const AD_NOW = new Date("2038-02-01T04:00:00.000Z");
export const H = HOUR_MS;
export const ago = (hours: number, ms = 0) => new Date(AD_NOW.getTime() - hours * H - ms);

export interface CaseWorld {
  shop: Shop;
  merchant: MerchantActor;
  consumer: ConsumerActor;
  admin: AdminActor;
}

export async function caseWorld(db: DbOrTx, opts: { style?: MarketplaceStyle } = {}): Promise<CaseWorld> {
  const shop = await createShop(db, { marketplaceStyle: opts.style ?? "jd" });
  const [merchant, consumer, admin] = await Promise.all([createMerchant(db, shop.id), createConsumer(db), createAdmin(db)]);
  return { shop, merchant, consumer, admin };
}

const disputePolicies: Record<DisputeScenario, string> = {
  invoice_refused: "jd.dispute.invoice_refused",
  invoice_urged: "jd.dispute.invoice_urged",
  order_cancel: "jd.dispute.order_cancel",
};

/** A dispute that reached platform judgment at `since` (status platform_judging). */
export async function insertJudgingDispute(db: DbOrTx, w: CaseWorld, opts: { since: Date; scenario?: DisputeScenario; amountFen?: number }) {
  const order = await createOrder(db, { shopId: w.shop.id, consumerId: w.consumer.consumer.id, status: "completed", now: AD_NOW, amountFen: opts.amountFen ?? 9_900 });
  const scenario = opts.scenario ?? "invoice_urged";
  const [row] = await db
    .insert(disputes)
    .values({
      shopId: w.shop.id,
      orderId: order.id,
      consumerId: w.consumer.consumer.id,
      scenario,
      status: "platform_judging",
      responsibleParty: "merchant",
      policyId: disputePolicies[scenario],
      policyVersion: 1,
      claim: "商家迟迟不处理,申请平台判责",
      openedAt: new Date(opts.since.getTime() - H),
      judgingSince: opts.since,
    })
    .returning();
  if (!row) throw new Error("insertJudgingDispute: no row");
  return row;
}

const workOrderPolicies: Record<InterventionType, string> = { not_received: "pdd.not_received", missing_items: "pdd.missing_items", collaborative: "tm.collaborative" };

/** A platform-intervention work order that reached the platform at `since` (reviewing or judging). */
export async function insertPlatformWorkOrder(db: DbOrTx, w: CaseWorld, opts: { since: Date; type?: InterventionType; status?: "reviewing" | "judging"; amountFen?: number }) {
  const order = await createOrder(db, { shopId: w.shop.id, consumerId: w.consumer.consumer.id, status: "signed", now: AD_NOW, amountFen: opts.amountFen ?? 9_900 });
  const type = opts.type ?? "not_received";
  const openedAt = new Date(opts.since.getTime() - 2 * H);
  const [row] = await db
    .insert(workOrders)
    .values({
      shopId: w.shop.id,
      orderId: order.id,
      consumerId: w.consumer.consumer.id,
      type,
      status: opts.status ?? "judging",
      routedTo: "merchant",
      policyId: workOrderPolicies[type],
      policyVersion: 1,
      claim: "消费者申请平台介入",
      openedAt,
      dueAt: new Date(openedAt.getTime() + 24 * H),
      repliedAt: opts.since,
      replyOnTime: true,
      reply: { resolution: type === "collaborative" ? "unresolved" : "evidence" },
      platformSince: opts.since,
    })
    .returning();
  if (!row) throw new Error("insertPlatformWorkOrder: no row");
  return row;
}
