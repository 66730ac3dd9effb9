import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb, type DbHandle } from "@/db/client";
import { sweepFailures, workOrders } from "@/db/schema";
import { workOrderDeadlineTasksFor } from "@/server/services/work-orders/sweep-tasks";
import { anotherRequest, H, insertUrgeWorkOrder, urgeWorld, WO_NOW } from "@/server/test/fixtures/work-orders";
import { uniqueToken } from "@/server/test/harness";
import { runSweep, type DeadlineTask } from "./sweep";
import { systemContext } from "@/server/services/service-context";

const url = process.env.DATABASE_URL;
const SWEEPERS = 4;
const POISONED = 8;
const HEALTHY = 30;

describe.skipIf(!url)("deadline sweeper on PostgreSQL — failing records under concurrent sweepers", () => {
  const handles: DbHandle[] = [];
  beforeAll(async () => {
    for (let i = 0; i < SWEEPERS; i++) handles.push(await openDb({ url: url ?? "" }));
  });
  afterAll(async () => {
    await Promise.all(handles.map((h) => h.close()));
  });

  it("four sweepers share the healthy records, and each failing record is counted once per round, never twice", async () => {
    const [first] = handles;
    if (!first) throw new Error("no database handle");
    const db = first.db;
    const world = await urgeWorld(db);
    const rows = [];
    // The failing records are due first; each has an order and invoice request of its own.
    for (let i = 0; i < POISONED + HEALTHY; i++) {
      const target = await anotherRequest(db, world);
      const dueAt = new Date(WO_NOW.getTime() - (POISONED + HEALTHY - i) * 60_000);
      rows.push(await insertUrgeWorkOrder(db, target, { openedAt: new Date(dueAt.getTime() - 24 * H), dueAt }));
    }
    const poisoned = new Set(rows.slice(0, POISONED).map((r) => r.id));
    const [expire] = workOrderDeadlineTasksFor([world.shop.id]);
    if (!expire) throw new Error("no expiry task");
    const task: DeadlineTask = {
      ...expire,
      name: `work_order.expire.pg-${uniqueToken()}`,
      apply: async (ctx, id) => {
        if (poisoned.has(id)) throw new Error("cannot apply");
        return expire.apply(ctx, id);
      },
    };
    const round = async (now: Date) => {
      const results = await Promise.all(
        handles.map((h) => runSweep(systemContext(h.db, now), { tasks: [task], batchSize: 4 })),
      );
      return {
        applied: results.reduce((n, r) => n + (r.applied[task.name] ?? 0), 0),
        failed: results.reduce((n, r) => n + (r.failed[task.name] ?? 0), 0),
      };
    };
    const attempts = async () =>
      (
        await db
          .select({ attempts: sweepFailures.attempts })
          .from(sweepFailures)
          .where(and(eq(sweepFailures.task, task.name), inArray(sweepFailures.recordId, [...poisoned])))
      ).map((r) => r.attempts);

    expect(await round(WO_NOW)).toEqual({ applied: HEALTHY, failed: POISONED });
    const statuses = await db
      .select({ status: workOrders.status })
      .from(workOrders)
      .where(
        inArray(
          workOrders.id,
          rows.slice(POISONED).map((r) => r.id),
        ),
      );
    expect(statuses.every((r) => r.status === "expired")).toBe(true);
    expect(await attempts()).toEqual(Array.from({ length: POISONED }, () => 1));

    expect(await round(new Date(WO_NOW.getTime() + 4_999))).toEqual({ applied: 0, failed: 0 });
    expect(await round(new Date(WO_NOW.getTime() + 5_000))).toEqual({ applied: 0, failed: POISONED });
    expect(await attempts()).toEqual(Array.from({ length: POISONED }, () => 2));
  }, 120_000);
});
