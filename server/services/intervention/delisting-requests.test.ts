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

describe("delisting requests", () => {
  it("WO-PDD-2: a missing-items timeout raises one delisting request that an admin marks done once", async () => {
    const w = await world(handle.db, { style: "pdd" });
    const id = await applied(handle.db, w, "missing_items", new Date(IV_NOW.getTime() - 30 * H));
    const at = fixedClock(IV_NOW);
    await runSweep(systemContext(handle.db, at()), { tasks: workOrderDeadlineTasksFor([w.shop.id]) });
    await runSweep(systemContext(handle.db, at()), { tasks: workOrderDeadlineTasksFor([w.shop.id]) });
    const admin = callerFor(handle.db, await createAdmin(handle.db), { now: at });
    const open = (await admin.intervention.admin.delistings({ status: "open" })).filter((r) => r.workOrderId === id);
    expect(open).toHaveLength(1);
    const [request] = open;
    if (!request) throw new Error("no delisting request");
    await admin.intervention.admin.completeDelisting({ delistingRequestId: request.id });
    await expectTrpcError(admin.intervention.admin.completeDelisting({ delistingRequestId: request.id }), "CONFLICT");
    expect((await admin.intervention.admin.delistings({ status: "done" })).some((r) => r.id === request.id)).toBe(true);
    await expectTrpcError(
      callerFor(handle.db, w.merchant, { now: at }).intervention.admin.delistings({ status: "open" }),
      "FORBIDDEN",
    );
  });
});
