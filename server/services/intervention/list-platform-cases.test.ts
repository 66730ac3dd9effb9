import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { fixedClock } from "@/server/clock";
import { runSweep } from "@/server/jobs/sweep";
import { callerFor, createAdmin, openTestDb } from "@/server/test/harness";
import { workOrderDeadlineTasksFor } from "../work-orders/sweep-tasks";
import { expectTrpcError } from "../work-orders/test-fixtures";
import { applied, H, IV_NOW, world } from "./test-fixtures";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe("the platform's work-order queue (二审 / 判责)", () => {
  it("WO-TM-4/WO-TM-5: collaborative work orders that timed out wait for the platform, oldest first; merchants may not see the queue", async () => {
    const w = await world(handle.db, { style: "tmall" });
    const first = await applied(handle.db, w, "collaborative", new Date(IV_NOW.getTime() - 72 * H));
    const admin = await createAdmin(handle.db);
    const at = fixedClock(new Date(IV_NOW.getTime() + 48 * H));
    await runSweep({ db: handle.db, now: at(), tasks: workOrderDeadlineTasksFor([w.shop.id]) });
    const cases = await callerFor(handle.db, admin, { now: at }).intervention.admin.cases({ status: "judging", limit: 100 });
    const ids = cases.items.map((c) => c.id);
    expect(ids).toContain(first);
    const openedAts = cases.items.map((c) => c.openedAt.getTime());
    expect([...openedAts].sort((a, b) => a - b)).toEqual(openedAts);
    await expectTrpcError(callerFor(handle.db, w.merchant, { now: at }).intervention.admin.cases({ limit: 10 }), "FORBIDDEN");
  });
});
