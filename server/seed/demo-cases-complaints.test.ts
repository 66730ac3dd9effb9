import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { complaintOrders, complaints, orders, riskMarks } from "@/db/schema";
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

  it("MAL-1 (Done-when 1): a demo buyer (with an account) has 8 unpaid orders at 拼好货 that no complaint names", async () => {
    const kit = await loadDemoKit(handle.db, NOW);
    if (!kit) throw new Error("no demo world");
    const unpaid = await handle.db
      .select({ id: orders.id, consumerId: orders.consumerId })
      .from(orders)
      .where(and(eq(orders.shopId, kit.shops.pinhaohuo.id), eq(orders.status, "cancelled"), isNull(orders.shippedAt)));
    const demoIds = Object.values(kit.demoBuyers).map((b) => b.id);
    const byBuyer = new Map<string, string[]>();
    for (const o of unpaid.filter((u) => demoIds.includes(u.consumerId)))
      byBuyer.set(o.consumerId, [...(byBuyer.get(o.consumerId) ?? []), o.id]);
    const [buyerId, ids] = [...byBuyer.entries()].find(([, list]) => list.length >= 8) ?? ["", []];
    expect(ids.length).toBeGreaterThanOrEqual(8);
    expect(demoIds).toContain(buyerId);
    const named = await handle.db.select().from(complaintOrders).where(inArray(complaintOrders.orderId, ids));
    expect(named).toEqual([]);
  });
});
