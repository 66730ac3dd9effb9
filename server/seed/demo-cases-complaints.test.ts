import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { complaintOrders, complaints, disputes, orders, riskMarks } from "@/db/schema";
import { complaintStatuses } from "@/server/domain/complaint";
import { complaintDeadlineTasks } from "@/server/services/complaints/sweep-tasks";
import { runSweep } from "@/server/services/sweep/sweep";
import { systemContext } from "@/server/services/service-context";
import { openMemoryTestDb } from "@/server/test/harness";
import { loadDemoKit } from "./demo-cases-kit";
import { seedComplaintCases } from "./demo-cases-complaints";
import { seedDemoWorld } from "./demo-world";

const NOW = new Date("2026-11-20T04:00:00Z");

describe("demo complaints", () => {
  let handle: DbHandle;
  let filesDir: string;
  const previousFilesDir = process.env.ARBITER_FILES_DIR;

  beforeAll(async () => {
    filesDir = fs.mkdtempSync(path.join(os.tmpdir(), "arbiter-demo-complaints-"));
    process.env.ARBITER_FILES_DIR = filesDir;
    handle = await openMemoryTestDb();
    await seedDemoWorld(handle.db, NOW);
    const kit = await loadDemoKit(handle.db, NOW);
    if (!kit) throw new Error("no demo world");
    await seedComplaintCases(kit);
    await runSweep(systemContext(handle.db, NOW), { tasks: complaintDeadlineTasks });
  }, 180_000);
  afterAll(async () => {
    await handle.close();
    if (previousFilesDir === undefined) delete process.env.ARBITER_FILES_DIR;
    else process.env.ARBITER_FILES_DIR = previousFilesDir;
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  it("MAL-1/MAL-2: complaints in every status; one active mark and one cleared", async () => {
    const rows = await handle.db.select({ status: complaints.status }).from(complaints);
    const statuses = new Set(rows.map((r) => r.status));
    for (const status of complaintStatuses) expect(statuses, status).toContain(status);
    const marks = await handle.db.select().from(riskMarks);
    expect(marks.map((m) => m.clearedAt === null).sort()).toEqual([false, true]);
  });

  it("MAL-1 (Done-when 1): 何静 has 8 orders closed unpaid at 拼好货 in the last 10 days, none at 晨光, no complaint naming them, and a dispute there awaiting judgment", async () => {
    const kit = await loadDemoKit(handle.db, NOW);
    if (!kit) throw new Error("no demo world");
    const buyer = kit.newcomer;
    expect(buyer.name).toBe("何静");
    const theirs = await handle.db
      .select({ id: orders.id, shopId: orders.shopId, status: orders.status, placedAt: orders.placedAt })
      .from(orders)
      .where(eq(orders.consumerId, buyer.id));
    const unpaid = theirs.filter((o) => o.status === "closed_unpaid");
    expect(unpaid).toHaveLength(8);
    for (const o of unpaid) {
      expect(o.shopId).toBe(kit.shops.pinhaohuo.id);
      expect(o.placedAt.getTime()).toBeGreaterThan(NOW.getTime() - 10 * 86_400_000);
    }
    expect(theirs.filter((o) => o.shopId === kit.shops.chenguang.id)).toEqual([]);
    const named = await handle.db
      .select()
      .from(complaintOrders)
      .where(
        inArray(
          complaintOrders.orderId,
          unpaid.map((o) => o.id),
        ),
      );
    expect(named).toEqual([]);
    const judging = await handle.db
      .select({ id: disputes.id })
      .from(disputes)
      .where(
        and(
          eq(disputes.consumerId, buyer.id),
          eq(disputes.shopId, kit.shops.pinhaohuo.id),
          eq(disputes.status, "platform_judging"),
        ),
      );
    expect(judging).toHaveLength(1);
  });
});
