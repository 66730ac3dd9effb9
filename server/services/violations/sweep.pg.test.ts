import { and, count, countDistinct, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb, type DbHandle } from "@/db/client";
import { auditEvents, violations } from "@/db/schema";
import { fixedClock } from "@/server/clock";
import { runSweep } from "@/server/services/sweep/sweep";
import { systemContext } from "@/server/services/service-context";
import { callerFor, submissionKey } from "@/server/test/harness";
import { violationDeadlineTasksFor } from "./sweep-tasks";
import { at, callerAt, evidenceFiles, H, STATEMENT, vioWorld, WEEK } from "@/server/test/fixtures/violations";

const url = process.env.DATABASE_URL;
const SWEEPERS = 4;
const TICKETS = 400;

// Real connections side by side (PGlite has one): the shared test database, our own shops only.
describe.skipIf(!url)("violations on PostgreSQL", () => {
  const handles: DbHandle[] = [];
  beforeAll(async () => {
    for (let i = 0; i < SWEEPERS; i++) handles.push(await openDb({ url }));
  }, 60_000);
  afterAll(async () => {
    await Promise.all(handles.map((h) => h.close()));
  });

  it("VIO-2: four concurrent sweepers make each of 400 due tickets take effect exactly once", async () => {
    const [first] = handles;
    if (!first) throw new Error("no handle");
    const db = first.db;
    const shops = [await vioWorld(db), await vioWorld(db)].map((w) => w.shop);
    const rows = Array.from({ length: TICKETS }, (_, i) => {
      const raisedAt = at(-(i % 37) * H);
      return {
        shopId: shops[i % 2]?.id ?? "",
        sourceType: "work_order" as const,
        sourceId: crypto.randomUUID(),
        rule: "INV-6",
        points: 2,
        reason: "承诺开票时间未履约",
        status: "pending" as const,
        raisedBy: "system",
        raisedAt,
        dueAt: new Date(raisedAt.getTime() + WEEK),
      };
    });
    for (let i = 0; i < rows.length; i += 200) await db.insert(violations).values(rows.slice(i, i + 200));
    const ids = (
      await db
        .select({ id: violations.id })
        .from(violations)
        .where(
          inArray(
            violations.shopId,
            shops.map((s) => s.id),
          ),
        )
    ).map((r) => r.id);

    const tasks = violationDeadlineTasksFor(shops.map((s) => s.id));
    const results = await Promise.all(
      handles.map((h) => runSweep(systemContext(h.db, at(WEEK + 1)), { tasks, batchSize: 25 })),
    );
    expect(results.reduce((n, r) => n + (r.applied["violation.take_effect"] ?? 0), 0)).toBe(TICKETS);
    expect(results.filter((r) => (r.applied["violation.take_effect"] ?? 0) > 0).length).toBeGreaterThan(1);

    const [events] = await db
      .select({ n: count(), records: countDistinct(auditEvents.recordId) })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "violation.took_effect"), inArray(auditEvents.recordId, ids)));
    expect(events).toEqual({ n: TICKETS, records: TICKETS });
    const again = await Promise.all(handles.map((h) => runSweep(systemContext(h.db, at(WEEK + 2 * H)), { tasks })));
    expect(again.reduce((n, r) => n + (r.applied["violation.take_effect"] ?? 0), 0)).toBe(0);
  }, 120_000);

  it("VIO-3: two senior reviewers on two connections decide one appeal at the same moment — one wins, the other gets a CONFLICT", async () => {
    const [a, b] = handles;
    if (!a || !b) throw new Error("no handles");
    const w = await vioWorld(a.db);
    const raised = await callerAt(a.db, w.judge).violation.admin.raise({
      shopId: w.shop.id,
      rule: "INV-2",
      points: 2,
      reason: "无正当理由拒绝开票",
      requestId: crypto.randomUUID(),
    });
    const { appealId } = await callerAt(a.db, w.merchant, at(H)).violation.merchant.appeal({
      idempotencyKey: submissionKey(),
      violationId: raised.id,
      statement: STATEMENT,
      evidence: await evidenceFiles(a.db, w.merchant),
    });
    const results = await Promise.allSettled([
      callerFor(a.db, w.senior, { now: fixedClock(at(2 * H)) }).violation.admin.decideAppeal({
        idempotencyKey: submissionKey(),
        appealId,
        decision: "overturn",
        reason: "商家已提供开票记录",
      }),
      callerFor(b.db, w.otherSenior, { now: fixedClock(at(2 * H)) }).violation.admin.decideAppeal({
        idempotencyKey: submissionKey(),
        appealId,
        decision: "uphold",
        reason: "拒绝开票理由不成立",
      }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []))).toMatchObject([
      { code: "CONFLICT" },
    ]);
    const [events] = await a.db
      .select({ n: count() })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.recordId, raised.id),
          inArray(auditEvents.action, ["violation.appeal_upheld", "violation.appeal_overturned"]),
        ),
      );
    expect(events?.n).toBe(1);
  }, 60_000);
});
