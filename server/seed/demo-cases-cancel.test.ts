import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { openMemoryTestDb } from "@/server/test/harness";
import { cancelOrders, disputes, logisticsInterceptions, orders } from "@/db/schema";
import { seedDemoCases } from "./demo-cases";
import { seedDemoWorld } from "./demo-world";

const NOW = new Date("2026-11-20T04:00:00Z");

describe("demo cancel cases", () => {
  let handle: DbHandle;
  let filesDir: string;
  const previousFilesDir = process.env.ARBITER_FILES_DIR;

  beforeAll(async () => {
    filesDir = fs.mkdtempSync(path.join(os.tmpdir(), "arbiter-demo-cancel-"));
    process.env.ARBITER_FILES_DIR = filesDir;
    handle = await openMemoryTestDb();
    await seedDemoWorld(handle.db, NOW);
    await seedDemoCases(handle.db, NOW);
  }, 180_000);
  afterAll(async () => {
    await handle.close();
    if (previousFilesDir === undefined) delete process.env.ARBITER_FILES_DIR;
    else process.env.ARBITER_FILES_DIR = previousFilesDir;
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  it("DSP-CXL-6: cancel orders in every review status, on both delivery types, with the plans' reasons", async () => {
    const rows = await handle.db
      .select({
        status: cancelOrders.status,
        reason: cancelOrders.reason,
        requestReason: cancelOrders.requestReason,
        delivery: orders.deliveryType,
        dueAt: cancelOrders.dueAt,
      })
      .from(cancelOrders)
      .innerJoin(orders, eq(orders.id, cancelOrders.orderId));
    const statuses = new Set(rows.map((r) => r.status));
    expect([...statuses].sort()).toEqual([
      "closed",
      "intercepting",
      "interception_failed",
      "logistics_pending",
      "pending",
      "refund_succeeded",
      "rejected",
    ]);
    for (const delivery of ["platform", "third_party"] as const) {
      expect(rows.filter((r) => r.delivery === delivery && r.status === "pending")).not.toHaveLength(0);
      expect(rows.filter((r) => r.delivery === delivery && r.status === "logistics_pending")).not.toHaveLength(0);
    }
    expect(rows.filter((r) => r.reason === "dispute_direct_refund")).not.toHaveLength(0);
    expect(rows.filter((r) => r.reason === "dispute_interception" && r.requestReason !== null)).not.toHaveLength(0);
    // Every running countdown is still in the future at NOW.
    for (const r of rows.filter((x) => x.status === "logistics_pending"))
      expect(r.dueAt?.getTime()).toBeGreaterThan(NOW.getTime());
    const [waiting] = await handle.db
      .select({ n: sql<number>`count(*)::int`.mapWith(Number) })
      .from(logisticsInterceptions)
      .where(eq(logisticsInterceptions.status, "requested"));
    expect(waiting?.n).toBe(1);
  });

  it("DSP-CXL-1..5: cancel disputes waiting for the merchant, for the consumer, and settled", async () => {
    const rows = await handle.db
      .select({ status: disputes.status })
      .from(disputes)
      .where(eq(disputes.scenario, "order_cancel"));
    const by = (s: string) => rows.filter((r) => r.status === s).length;
    expect(by("awaiting_merchant")).toBe(2);
    expect(by("awaiting_consumer")).toBe(6);
    expect(by("settled")).toBe(1);
  });
});
