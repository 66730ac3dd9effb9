import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { openMemoryTestDb } from "@/server/test/harness";
import { appeals, violations } from "@/db/schema";
import { runSweep } from "@/server/services/sweep/sweep";
import { systemContext } from "@/server/services/service-context";
import { violationDeadlineTasks } from "@/server/services/violations/sweep-tasks";
import { loadDemoKit } from "./demo-cases-kit";
import { seedViolationCases } from "./demo-cases-violations";
import { seedDemoWorld } from "./demo-world";

const NOW = new Date("2026-11-20T04:00:00Z");
const DAY = 24 * 60 * 60 * 1000;

describe("demo violation tickets", () => {
  let handle: DbHandle;
  let filesDir: string;
  const previousFilesDir = process.env.ARBITER_FILES_DIR;

  beforeAll(async () => {
    filesDir = fs.mkdtempSync(path.join(os.tmpdir(), "arbiter-demo-violations-"));
    process.env.ARBITER_FILES_DIR = filesDir;
    handle = await openMemoryTestDb();
    await seedDemoWorld(handle.db, NOW);
    const kit = await loadDemoKit(handle.db, NOW);
    if (!kit) throw new Error("no demo world");
    await seedViolationCases(kit);
    await runSweep(systemContext(handle.db, NOW), { tasks: violationDeadlineTasks });
  }, 180_000);
  afterAll(async () => {
    await handle.close();
    if (previousFilesDir === undefined) delete process.env.ARBITER_FILES_DIR;
    else process.env.ARBITER_FILES_DIR = previousFilesDir;
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  it("VIO-1..3: tickets in every state — pending with little and plenty of time left, appealed, in effect (confirmed, by itself, upheld), overturned", async () => {
    const rows = await handle.db
      .select({
        status: violations.status,
        dueAt: violations.dueAt,
        decidedBy: violations.decidedBy,
        effectiveAt: violations.effectiveAt,
        appeal: appeals.status,
      })
      .from(violations)
      .leftJoin(appeals, eq(appeals.violationId, violations.id))
      .orderBy(sql`${violations.raisedAt} desc`);
    const of = (status: string) => rows.filter((r) => r.status === status);
    expect(of("pending").map((r) => Math.round((r.dueAt.getTime() - NOW.getTime()) / (DAY / 24)))).toEqual([120, 2]);
    expect(of("appealed")).toMatchObject([{ appeal: "pending" }]);
    expect(of("overturned")).toMatchObject([{ appeal: "overturned", effectiveAt: null }]);
    const effective = of("effective");
    expect(effective).toHaveLength(3);
    expect(effective.some((r) => r.decidedBy === "system")).toBe(true);
    expect(effective.some((r) => r.appeal === "upheld")).toBe(true);
    expect(effective.some((r) => r.appeal === null && r.decidedBy !== "system")).toBe(true);
  });
});
