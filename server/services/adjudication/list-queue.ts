import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { rows } from "@/db/client";
import { consumers, disputes, orders, serviceOrders, shops, workOrders } from "@/db/schema";
import { disputeScenarios, type DisputeScenario } from "@/server/domain/dispute";
import { DomainError } from "@/server/domain/errors";
import type { ServiceType } from "@/server/domain/after-sales";
import {
  afterSalesCaseType,
  caseTypes,
  platformDeadline,
  platformStages,
  waitingBuckets,
  type CaseKind,
  type CaseType,
  type PlatformStage,
  type WaitingBucket,
} from "@/server/domain/policies/platform-deadlines";
import { marketplaceStyles, type BusinessMode, type MarketplaceStyle } from "@/server/domain/shop";
import { HOUR_MS } from "@/server/domain/time";
import { isUuid } from "../ids";
import { interventionTypes, type InterventionType } from "../intervention/intervention-work-order";

export {
  caseKinds,
  caseTypes,
  waitingBuckets,
  type CaseKind,
  type CaseType,
  type WaitingBucket,
} from "@/server/domain/policies/platform-deadlines";
import { cursorInput, decodeCursor, limitInput, pageOf } from "../pagination";
import type { ServiceContext } from "../service-context";

export const adjudicationQueueInput = z.object({
  type: z.enum(caseTypes).optional(),
  stage: z.enum(platformStages).optional(),
  shopId: z.string().max(64).optional(),
  style: z.enum(marketplaceStyles).optional(),
  waiting: z.enum(waitingBuckets).optional(),
  cursor: cursorInput,
  limit: limitInput,
});

interface RawRow {
  kind: CaseKind;
  id: string;
  case_type: string;
  stage: PlatformStage;
  since: Date | string;
  shop_id: string;
  shop_name: string;
  marketplace_style: MarketplaceStyle;
  business_mode: BusinessMode;
  time_zone: string;
  order_no: string;
  amount_fen: number | string;
  consumer_name: string;
  claim: string | null;
  service_type: ServiceType | null;
  /** ROL-1: the platform-deadline version the case pinned. */
  platform_deadline_version: number | string;
}

const isDisputeScenario = (t: string): t is DisputeScenario => (disputeScenarios as readonly string[]).includes(t);

/** The [from, to) range of `since` for a waiting bucket at `now` (waited = now − since). */
function sinceRange(bucket: WaitingBucket, now: Date): { after?: Date; atOrBefore?: Date } {
  const ago = (hours: number) => new Date(now.getTime() - hours * HOUR_MS);
  switch (bucket) {
    case "under_24h":
      return { after: ago(24) };
    case "24h_48h":
      return { after: ago(48), atOrBefore: ago(24) };
    case "48h_72h":
      return { after: ago(72), atOrBefore: ago(48) };
    case "over_72h":
      return { atOrBefore: ago(72) };
  }
}

/**
 * DSP-5, WO-TM-4/5, AS-8: one queue of everything awaiting the platform — disputes in
 * platform judgment, platform-intervention work orders in second-level review or judgment and
 * after-sales service orders in platform intervention (service_orders.platform_since) —
 * oldest first by the time each reached the platform (disputes.judging_since,
 * work_orders.platform_since; rows from before those columns were filled fall back to
 * opened_at). Keyset pagination on (since, id) over a UNION ALL over the partial indexes.
 * Filters: case type, stage, shop, marketplace style, waiting-time bucket. Each row carries the
 * platform's own deadline for it (platform-deadlines.ts).
 */
export async function listAdjudicationQueue(ctx: ServiceContext, input: z.output<typeof adjudicationQueueInput>) {
  const { db, now } = ctx;
  const cursor = decodeCursor(input.cursor);
  if (input.shopId !== undefined && !isUuid(input.shopId)) {
    throw new DomainError("BAD_REQUEST", "BAD_SHOP", { "zh-CN": "店铺参数无效", en: "Invalid shop" });
  }
  const wantDisputes = (!input.type || isDisputeScenario(input.type)) && input.stage !== "reviewing";
  const wantWorkOrders = !input.type || (!isDisputeScenario(input.type) && input.type !== afterSalesCaseType);
  const wantServiceOrders = (!input.type || input.type === afterSalesCaseType) && input.stage !== "reviewing";

  const since = {
    dispute: sql`coalesce(${disputes.judgingSince}, ${disputes.openedAt})`,
    work_order: sql`coalesce(${workOrders.platformSince}, ${workOrders.openedAt})`,
    service_order: sql`coalesce(${serviceOrders.platformSince}, ${serviceOrders.appliedAt})`,
  };
  const range = input.waiting ? sinceRange(input.waiting, now) : {};
  const common = (kind: CaseKind, id: SQL, shopId: SQL): SQL[] => {
    const where: SQL[] = [];
    if (input.shopId) where.push(sql`${shopId} = ${input.shopId}::uuid`);
    if (input.style) where.push(sql`${shops.marketplaceStyle} = ${input.style}`);
    if (range.after) where.push(sql`${since[kind]} > ${range.after.toISOString()}::timestamptz`);
    if (range.atOrBefore) where.push(sql`${since[kind]} <= ${range.atOrBefore.toISOString()}::timestamptz`);
    if (cursor)
      where.push(sql`(${since[kind]}, ${id}) > (${cursor.at.toISOString()}::timestamptz, ${cursor.id}::uuid)`);
    return where;
  };
  const and = (parts: SQL[]) => sql.join(parts, sql` and `);
  const fetch = input.limit + 1;

  const branches: SQL[] = [];
  if (wantDisputes) {
    const where = [
      sql`${disputes.status} = 'platform_judging'`,
      ...common("dispute", sql`${disputes.id}`, sql`${disputes.shopId}`),
    ];
    if (input.type) where.push(sql`${disputes.scenario} = ${input.type}`);
    branches.push(
      queueBranch({
        kind: "dispute",
        table: disputes,
        caseType: sql`${disputes.scenario}::text`,
        stage: sql`'judging'`,
        since: since.dispute,
        claim: sql`${disputes.claim}`,
        serviceType: sql`null::text`,
        where: and(where),
        fetch,
      }),
    );
  }
  if (wantWorkOrders) {
    const stages = input.stage ? [input.stage] : [...platformStages];
    const types = input.type ? [input.type] : [...interventionTypes];
    const where = [
      sql`${workOrders.status} in (${sql.join(
        stages.map((s) => sql`${s}`),
        sql`, `,
      )})`,
      sql`${workOrders.type} in (${sql.join(
        types.map((t) => sql`${t}`),
        sql`, `,
      )})`,
      ...common("work_order", sql`${workOrders.id}`, sql`${workOrders.shopId}`),
    ];
    branches.push(
      queueBranch({
        kind: "work_order",
        table: workOrders,
        caseType: sql`${workOrders.type}::text`,
        stage: sql`${workOrders.status}::text`,
        since: since.work_order,
        claim: sql`${workOrders.claim}`,
        serviceType: sql`null::text`,
        where: and(where),
        fetch,
      }),
    );
  }
  if (wantServiceOrders) {
    const where = [
      sql`${serviceOrders.status} = 'platform_review'`,
      ...common("service_order", sql`${serviceOrders.id}`, sql`${serviceOrders.shopId}`),
    ];
    branches.push(
      queueBranch({
        kind: "service_order",
        table: serviceOrders,
        caseType: sql`${afterSalesCaseType}::text`,
        stage: sql`'judging'`,
        since: since.service_order,
        claim: sql`${serviceOrders.description}`,
        serviceType: sql`${serviceOrders.type}::text`,
        where: and(where),
        fetch,
      }),
    );
  }
  if (branches.length === 0) return { items: [], nextCursor: null };

  const raw = await rows<RawRow>(
    db,
    sql`select * from (${sql.join(branches, sql` union all `)}) as q order by q.since, q.id limit ${fetch}`,
  );
  const items = raw.map((r) => toQueueRow(r, now));
  return pageOf(items, input.limit, (row) => ({ at: row.since, id: row.id }));
}

function toQueueRow(r: RawRow, now: Date) {
  const since = new Date(r.since);
  const ref =
    r.kind === "dispute"
      ? { kind: "dispute" as const, scenario: r.case_type as DisputeScenario }
      : r.kind === "service_order"
        ? { kind: "service_order" as const }
        : { kind: "work_order" as const, type: r.case_type as InterventionType, stage: r.stage };
  const deadline = platformDeadline(ref, since, Number(r.platform_deadline_version));
  return {
    kind: r.kind,
    id: r.id,
    type: r.case_type as CaseType,
    stage: r.stage,
    since,
    waitedMs: now.getTime() - since.getTime(),
    platformDueAt: deadline.dueAt,
    shopId: r.shop_id,
    shopName: r.shop_name,
    marketplaceStyle: r.marketplace_style,
    businessMode: r.business_mode,
    timeZone: r.time_zone,
    orderNo: r.order_no,
    amountFen: Number(r.amount_fen),
    consumerName: r.consumer_name,
    claim: r.claim,
    /** AS-1: the kind of service an after-sales case asks for (null for other case kinds). */
    serviceType: r.service_type,
  };
}
export type AdjudicationQueueRow = ReturnType<typeof toQueueRow>;

/** One kind's cases in the queue's UNION ALL: the columns every kind shares, joined to its order, shop and buyer. */
function queueBranch(b: {
  kind: CaseKind;
  table: typeof disputes | typeof workOrders | typeof serviceOrders;
  caseType: SQL;
  stage: SQL;
  since: SQL;
  claim: SQL;
  serviceType: SQL;
  where: SQL;
  fetch: number;
}): SQL {
  const t = b.table;
  return sql`(select ${sql.raw(`'${b.kind}'`)} as kind, ${t.id} as id, ${b.caseType} as case_type, ${b.stage} as stage,
      ${b.since} as since, ${shops.id} as shop_id, ${shops.name} as shop_name,
      ${shops.marketplaceStyle}::text as marketplace_style, ${shops.businessMode}::text as business_mode,
      ${shops.timeZone} as time_zone, ${orders.orderNo} as order_no, ${orders.amountFen} as amount_fen,
      ${consumers.name} as consumer_name, ${t.platformDeadlinePolicyVersion} as platform_deadline_version,
      ${b.claim} as claim, ${b.serviceType} as service_type
    from ${t}
    join ${orders} on ${orders.id} = ${t.orderId}
    join ${shops} on ${shops.id} = ${t.shopId}
    join ${consumers} on ${consumers.id} = ${t.consumerId}
    where ${b.where}
    order by ${b.since}, ${t.id} limit ${b.fetch})`;
}
