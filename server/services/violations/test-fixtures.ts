/** Test data for violation tests (imported by *.test.ts only). */
import { and, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { appeals, auditEvents, notifications, violations } from "@/db/schema";
import { fixedClock } from "@/server/clock";
import type { ViolationSourceType } from "@/server/domain/violation";
import { DAY_MS, HOUR_MS } from "@/server/domain/time";
import { runSweep } from "@/server/jobs/sweep";
import { callerFor, createAdmin, createMerchant, createShop, type AdminActor, type MerchantActor, type Shop } from "@/server/test/harness";
import { acting, SYSTEM } from "../acting";
import { upload } from "../intervention/test-fixtures";
import { raiseViolation } from "./raise-violation";
import { violationDeadlineTasksFor } from "./sweep-tasks";

/**
 * "Now" for these tests: far from every other test file's clock, so that on the shared
 * PostgreSQL test database no other file's sweep reaches these tickets (and ours only sweep
 * our own shops).
 */
export const VIO_NOW = new Date("2039-04-01T04:00:00.000Z");
export const H = HOUR_MS;
export const D = DAY_MS;
export const WEEK = 7 * DAY_MS;
export const at = (ms: number) => new Date(VIO_NOW.getTime() + ms);

export interface VioWorld {
  shop: Shop;
  merchant: MerchantActor;
  judge: AdminActor;
  senior: AdminActor;
  otherSenior: AdminActor;
}

export async function vioWorld(db: DbOrTx): Promise<VioWorld> {
  const shop = await createShop(db, { marketplaceStyle: "jd" });
  return {
    shop,
    merchant: await createMerchant(db, shop.id),
    judge: await createAdmin(db, "adjudicator"),
    senior: await createAdmin(db, "senior_reviewer"),
    otherSenior: await createAdmin(db, "senior_reviewer"),
  };
}

export const callerAt = (db: Db, actor: Parameters<typeof callerFor>[1], when: Date = VIO_NOW) => callerFor(db, actor, { now: fixedClock(when) });

/** A ticket raised as `by` (default the system) at `when`, from a fresh source record. */
export async function raiseTicket(
  db: Db,
  w: Pick<VioWorld, "shop">,
  opts: { when?: Date; by?: AdminActor | null; sourceType?: ViolationSourceType; sourceId?: string; rule?: string; points?: number } = {},
): Promise<string> {
  const id = await db.transaction((tx) =>
    raiseViolation(tx, {
      shopId: w.shop.id,
      sourceType: opts.sourceType ?? "work_order",
      sourceId: opts.sourceId ?? crypto.randomUUID(),
      rule: opts.rule ?? "INV-6",
      points: opts.points ?? 2,
      reason: "承诺开票时间未履约",
      by: opts.by ? acting(opts.by, "admin") : SYSTEM,
      now: opts.when ?? VIO_NOW,
    }),
  );
  if (!id) throw new Error("raiseTicket: nothing raised");
  return id;
}

/** The violation sweep at `when`, for these shops only. */
export const sweepAt = (db: Db, when: Date, shops: readonly Shop[]) =>
  runSweep({ db, now: when, tasks: violationDeadlineTasksFor(shops.map((s) => s.id)) });

export async function ticket(db: DbOrTx, id: string) {
  const [row] = await db.select().from(violations).where(eq(violations.id, id));
  if (!row) throw new Error(`ticket ${id} not found`);
  return row;
}

export const appealOf = async (db: DbOrTx, violationId: string) => (await db.select().from(appeals).where(eq(appeals.violationId, violationId)))[0] ?? null;

export const ticketActions = async (db: DbOrTx, id: string) =>
  (await db.select().from(auditEvents).where(and(eq(auditEvents.recordType, "violation"), eq(auditEvents.recordId, id))).orderBy(auditEvents.seq)).map((e) => e.action);

export const shopNotifications = (db: DbOrTx, shopId: string) => db.select().from(notifications).where(eq(notifications.shopId, shopId));

/** Appeal evidence: files uploaded by the shop's merchant. */
export async function evidenceFiles(db: DbOrTx, merchant: MerchantActor, n = 1): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push(await upload(db, merchant.userId, i % 2 === 0 ? "jpeg" : "pdf", merchant.merchant.shopId));
  return ids;
}

export const STATEMENT = "约定日期当天已开具发票,因系统故障未能及时上传,附开票记录截图。";
