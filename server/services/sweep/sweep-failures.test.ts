import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { auditEvents, sweepFailures, workOrders } from "@/db/schema";
import { fixedClock } from "@/server/clock";
import { workOrderDeadlineTasksFor } from "@/server/services/work-orders/sweep-tasks";
import {
  anotherRequest,
  expectTrpcError,
  H,
  insertUrgeWorkOrder,
  urgeWorld,
  WO_NOW,
  type UrgeWorld,
} from "@/server/test/fixtures/work-orders";
import { callerFor, createAdmin, openTestDb, uniqueToken, type AdminActor } from "@/server/test/harness";
import { runSweep, type DeadlineTask } from "./sweep";
import { systemContext } from "@/server/services/service-context";

let handle: DbHandle;
let admin: AdminActor;
beforeAll(async () => {
  handle = await openTestDb();
  admin = await createAdmin(handle.db);
});
afterAll(async () => {
  await handle.close();
});

const S = 1_000;
const at = (ms: number) => new Date(WO_NOW.getTime() + ms);

/**
 * The real work-order expiry task of one shop, under a name of its own (files sharing one
 * PostgreSQL database keep their failure entries apart), whose verb throws for `poisoned` ids.
 */
function poisonedExpiry(world: UrgeWorld, poisoned: Set<string>): DeadlineTask {
  const [expire] = workOrderDeadlineTasksFor([world.shop.id]);
  if (!expire) throw new Error("no expiry task");
  return {
    ...expire,
    name: `work_order.expire.test-${uniqueToken()}`,
    apply: async (ctx, id) => {
      if (poisoned.has(id)) throw new Error(`policy table unreadable for ${id}`);
      return expire.apply(ctx, id);
    },
  };
}

/** A fresh open work order of the world's shop whose reply deadline is `dueAt`. */
async function dueWorkOrder(world: UrgeWorld, dueAt: Date) {
  const target = await anotherRequest(handle.db, world);
  return insertUrgeWorkOrder(handle.db, target, { openedAt: new Date(dueAt.getTime() - 24 * H), dueAt });
}

const statusOf = async (id: string) =>
  (await handle.db.select({ status: workOrders.status }).from(workOrders).where(eq(workOrders.id, id)))[0]?.status;
const failureOf = async (task: string, id: string) =>
  (
    await handle.db
      .select()
      .from(sweepFailures)
      .where(and(eq(sweepFailures.task, task), eq(sweepFailures.recordId, id)))
  )[0];

/** Three poisoned work orders due first (a whole batch of 3), then healthy ones due after them. */
async function headOfLine() {
  const world = await urgeWorld(handle.db);
  const poisonedRows = [
    await dueWorkOrder(world, at(-3 * H)),
    await dueWorkOrder(world, at(-2 * H)),
    await dueWorkOrder(world, at(-H)),
  ];
  const healthy = [await dueWorkOrder(world, at(-30 * 60 * S)), await dueWorkOrder(world, at(0))];
  const poisoned = new Set(poisonedRows.map((r) => r.id));
  const task = poisonedExpiry(world, poisoned);
  const sweep = (now: Date) => runSweep(systemContext(handle.db, now), { tasks: [task], batchSize: 3 });
  return { world, poisoned, poisonedRows, healthy, task, sweep };
}

describe("deadline sweeper — records that keep failing", () => {
  it("a full batch of failing records at the head of the queue does not stop the records behind them", async () => {
    const { poisonedRows, healthy, task, sweep } = await headOfLine();

    const first = await sweep(at(0));
    expect(first.applied[task.name]).toBe(2);
    expect(first.failed[task.name]).toBe(3);
    expect(await Promise.all(healthy.map((r) => statusOf(r.id)))).toEqual(["expired", "expired"]);
    expect(await Promise.all(poisonedRows.map((r) => statusOf(r.id)))).toEqual(["open", "open", "open"]);

    const failure = await failureOf(task.name, poisonedRows[0]?.id ?? "");
    expect(failure).toMatchObject({ recordType: "work_order", attempts: 1 });
    expect(failure?.firstFailedAt.toISOString()).toBe("2036-03-15T04:00:00.000Z");
    expect(failure?.nextAttemptAt.toISOString()).toBe("2036-03-15T04:00:05.000Z");
    expect(failure?.lastError).toContain("policy table unreadable for");
  });

  it("a work order that falls due behind backing-off records is claimed past them in the next sweep", async () => {
    const { world, task, sweep } = await headOfLine();
    await sweep(at(0));
    const late = await dueWorkOrder(world, at(S));

    const second = await sweep(at(S));
    expect(second.applied[task.name]).toBe(1);
    expect(second.failed[task.name]).toBe(0);
    expect(await statusOf(late.id)).toBe("expired");
  });

  it("a failed record is not tried again 1 ms before its backoff ends, is at the end, and waits twice as long after each failure", async () => {
    const { poisonedRows, task, sweep } = await headOfLine();
    const id = poisonedRows[0]?.id ?? "";
    await sweep(at(0));

    expect((await sweep(at(5 * S - 1))).failed[task.name]).toBe(0);
    expect((await failureOf(task.name, id))?.attempts).toBe(1);

    expect((await sweep(at(5 * S))).failed[task.name]).toBe(3);
    const second = await failureOf(task.name, id);
    expect(second?.attempts).toBe(2);
    expect(second?.firstFailedAt.toISOString()).toBe("2036-03-15T04:00:00.000Z");
    expect(second?.lastFailedAt.toISOString()).toBe("2036-03-15T04:00:05.000Z");
    expect(second?.nextAttemptAt.toISOString()).toBe("2036-03-15T04:00:15.000Z");

    expect((await sweep(at(15 * S - 1))).failed[task.name]).toBe(0);
    expect((await sweep(at(15 * S))).failed[task.name]).toBe(3);
    expect((await failureOf(task.name, id))?.nextAttemptAt.toISOString()).toBe("2036-03-15T04:00:35.000Z");
  });

  it("a record that succeeds on a later attempt has its failure entry removed", async () => {
    const { poisoned, poisonedRows, task, sweep } = await headOfLine();
    const id = poisonedRows[0]?.id ?? "";
    await sweep(at(0));
    poisoned.delete(id);

    const healed = await sweep(at(5 * S));
    expect(healed.applied[task.name]).toBe(1);
    expect(await statusOf(id)).toBe("expired");
    expect(await failureOf(task.name, id)).toBeUndefined();
  });

  it("after the third failed attempt the record is listed as stuck for admins, with its error, and a retry makes it due at once", async () => {
    const { poisoned, poisonedRows, task, sweep } = await headOfLine();
    const id = poisonedRows[0]?.id ?? "";
    const asAdmin = (now: Date) => callerFor(handle.db, admin, { now: fixedClock(now) });
    const mine = async (now: Date) => (await asAdmin(now).sweep.stuck()).filter((r) => r.task === task.name);

    await sweep(at(0));
    await sweep(at(5 * S));
    expect(await mine(at(5 * S))).toEqual([]);
    await sweep(at(15 * S));

    const stuck = await mine(at(15 * S));
    expect(stuck.map((r) => r.recordId).sort()).toEqual([...poisoned].sort());
    expect(stuck.find((r) => r.recordId === id)).toMatchObject({ recordType: "work_order", attempts: 3, order: null });
    expect(stuck[0]?.lastError).toContain("policy table unreadable for");

    // Next attempt would be at 35 s; the admin asks for one at 16 s, after fixing the cause.
    poisoned.delete(id);
    expect((await sweep(at(16 * S))).applied[task.name]).toBe(0);
    await asAdmin(at(16 * S)).sweep.retry({ task: task.name, recordId: id });
    expect((await failureOf(task.name, id))?.nextAttemptAt.toISOString()).toBe("2036-03-15T04:00:16.000Z");
    const retried = await sweep(at(16 * S));
    expect(retried.applied[task.name]).toBe(1);
    expect(await statusOf(id)).toBe("expired");
    expect((await mine(at(16 * S))).map((r) => r.recordId)).not.toContain(id);

    const [audit] = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, id), eq(auditEvents.action, "work_order.deadline_retry_requested")));
    expect(audit).toMatchObject({
      actorId: admin.userId,
      actorRole: "admin",
      internal: true,
      payload: { task: task.name, attempts: 3, actorName: admin.name },
    });
  });

  it("a failing record that someone settles by hand drops off the list once it has gone unclaimed for a minute past its next attempt", async () => {
    const { poisonedRows, task, sweep } = await headOfLine();
    const id = poisonedRows[0]?.id ?? "";
    await sweep(at(0));
    await handle.db
      .update(workOrders)
      .set({ status: "resolved", closedAt: at(S) })
      .where(eq(workOrders.id, id));

    await sweep(at(5 * S));
    expect((await failureOf(task.name, poisonedRows[1]?.id ?? ""))?.attempts).toBe(2);
    await sweep(at(65 * S - 1));
    expect(await failureOf(task.name, id)).toBeDefined();
    await sweep(at(65 * S));
    expect(await failureOf(task.name, id)).toBeUndefined();
  });

  it("a task that cannot claim at all is logged and the tasks after it still run", async () => {
    const world = await urgeWorld(handle.db);
    const wo = await dueWorkOrder(world, at(0));
    const [expire] = workOrderDeadlineTasksFor([world.shop.id]);
    if (!expire) throw new Error("no expiry task");
    const broken: DeadlineTask = {
      ...expire,
      name: `broken.test-${uniqueToken()}`,
      claim: () => Promise.reject(new Error("relation does not exist")),
    };
    const result = await runSweep(systemContext(handle.db, at(0)), { tasks: [broken, expire] });
    expect(result.applied).toEqual({ [broken.name]: 0, "work_order.expire": 1 });
    expect(await statusOf(wo.id)).toBe("expired");
  });

  it("only admins see stuck deadlines or retry them; an unknown entry is not found", async () => {
    const world = await urgeWorld(handle.db);
    const merchant = callerFor(handle.db, world.merchant);
    const consumer = callerFor(handle.db, world.consumer);
    const input = { task: "work_order.expire", recordId: world.order.id };
    await expectTrpcError(merchant.sweep.stuck(), "FORBIDDEN");
    await expectTrpcError(consumer.sweep.stuck(), "FORBIDDEN");
    await expectTrpcError(merchant.sweep.retry(input), "FORBIDDEN");
    await expectTrpcError(consumer.sweep.retry(input), "FORBIDDEN");
    await expectTrpcError(callerFor(handle.db, admin).sweep.retry(input), "NOT_FOUND");
    await expectTrpcError(callerFor(handle.db, admin).sweep.retry({ ...input, recordId: "not-a-uuid" }), "NOT_FOUND");
  });
});
