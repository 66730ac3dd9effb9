import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { fixedClock } from "@/server/clock";
import { runSweep } from "@/server/services/sweep/sweep";
import { systemContext } from "@/server/services/service-context";
import { callerFor, createAdmin, openTestDb } from "@/server/test/harness";
import { workOrderDeadlineTasksFor } from "../work-orders/sweep-tasks";
import { expectTrpcError } from "@/server/test/fixtures/work-orders";
import { applied, H, IV_NOW, world } from "@/server/test/fixtures/intervention";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe("timed-out work orders in the adjudication queue (判责)", () => {
  it("WO-TM-4/WO-TM-5: collaborative work orders that timed out wait for the platform in its judgment queue; merchants may not see the queue", async () => {
    const w = await world(handle.db, { style: "tmall" });
    const first = await applied(handle.db, w, "collaborative", new Date(IV_NOW.getTime() - 72 * H));
    const admin = await createAdmin(handle.db);
    const at = fixedClock(new Date(IV_NOW.getTime() + 48 * H));
    await runSweep(systemContext(handle.db, at()), { tasks: workOrderDeadlineTasksFor([w.shop.id]) });
    const queue = await callerFor(handle.db, admin, { now: at }).adjudication.queue({
      stage: "judging",
      shopId: w.shop.id,
      limit: 100,
    });
    expect(queue.items.map((c) => c.id)).toContain(first);
    await expectTrpcError(callerFor(handle.db, w.merchant, { now: at }).adjudication.queue({ limit: 10 }), "FORBIDDEN");
  });
});
