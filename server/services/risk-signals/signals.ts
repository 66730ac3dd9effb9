import { and, eq } from "drizzle-orm";
import { complaints, disputes, serviceOrders, shops, workOrders } from "@/db/schema";
import { DomainError, notFound } from "@/server/domain/errors";
import { isUuid } from "../ids";
import type { ServiceContext } from "../service-context";
import { tenantFilter, tenantOfKind } from "../tenant";
import { computeBuyerSignals } from "./buyer-signals";
import { computeMerchantSignals } from "./merchant-signals";
import type { MerchantSignalsInput, SignalRecordInput } from "./signals-input";
import type { RiskSignal } from "./types";

const tables = {
  dispute: disputes,
  work_order: workOrders,
  service_order: serviceOrders,
  complaint: complaints,
} as const;

/** Consumers never see signals (MAL-3): every read here refuses them first. */
function refuseConsumers(ctx: ServiceContext): void {
  if (ctx.tenant.kind === "consumer") {
    throw new DomainError("FORBIDDEN", "WRONG_AUDIENCE", { "zh-CN": "无权访问", en: "You do not have access to this" });
  }
}

/** The record's shop and buyer, loaded through the viewer's tenant: another shop's record → NOT_FOUND. */
export async function signalSubject(ctx: ServiceContext, record: SignalRecordInput) {
  refuseConsumers(ctx);
  if (!isUuid(record.id)) throw notFound();
  const t = tables[record.kind];
  const [row] = await ctx.db
    .select({ shopId: t.shopId, consumerId: t.consumerId })
    .from(t)
    .where(and(eq(t.id, record.id), tenantFilter(ctx.tenant, { shop: t.shopId, consumer: t.consumerId })))
    .limit(1);
  if (!row) throw notFound();
  return row;
}

export interface BuyerSignals {
  consumerId: string;
  /** "shop": over the viewing merchant's shop only; "platform": every shop (judges). */
  scope: RiskSignal["scope"];
  signals: RiskSignal[];
}

/**
 * MAL-3: the signals on the buyer of a record. A merchant's are computed only over its own shop's
 * orders and cases with that buyer; an admin's over every shop. Consumers: FORBIDDEN.
 */
export async function buyerSignals(
  ctx: ServiceContext,
  input: { consumerId?: string; record: SignalRecordInput },
): Promise<BuyerSignals> {
  const subject = await signalSubject(ctx, input.record);
  if (input.consumerId && input.consumerId !== subject.consumerId) throw notFound();
  const shopId = ctx.tenant.kind === "merchant" ? ctx.tenant.shopId : null;
  const signals = await computeBuyerSignals(ctx.db, { consumerId: subject.consumerId, shopId, now: ctx.now });
  return { consumerId: subject.consumerId, scope: shopId ? "shop" : "platform", signals };
}

/** MAL-3: a shop's signals, for platform staff only. */
export async function merchantSignals(ctx: ServiceContext, input: MerchantSignalsInput): Promise<RiskSignal[]> {
  refuseConsumers(ctx);
  tenantOfKind(ctx.tenant, "admin");
  const [shop] = await ctx.db.select({ id: shops.id }).from(shops).where(eq(shops.id, input.shopId)).limit(1);
  if (!shop) throw notFound();
  return computeMerchantSignals(ctx.db, shop.id, ctx.now);
}

/** The judges' view of a case: both parties' signals, platform-wide. Admins only. */
export async function caseSignals(ctx: ServiceContext, record: SignalRecordInput) {
  refuseConsumers(ctx);
  tenantOfKind(ctx.tenant, "admin");
  const subject = await signalSubject(ctx, record);
  const [buyer, merchant] = await Promise.all([
    computeBuyerSignals(ctx.db, { consumerId: subject.consumerId, shopId: null, now: ctx.now }),
    computeMerchantSignals(ctx.db, subject.shopId, ctx.now),
  ]);
  return { shopId: subject.shopId, consumerId: subject.consumerId, buyer, merchant };
}
export type CaseSignals = Awaited<ReturnType<typeof caseSignals>>;
