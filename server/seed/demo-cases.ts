/**
 * After-sales cases for the demo world (server/seed/demo-world.ts): invoice requests, urge-invoice
 * work orders, invoice disputes, platform-intervention work orders and after-sales service
 * orders in every stage, so a person signing in finds a live warning queue, invoices, disputes,
 * service orders and a judgment queue.
 *
 * The history is made by the service verbs themselves, called as the demo people at past
 * times, so every record has its real audit trail; then one sweep at `now` lets the system
 * expire, break and escalate whatever is past due, exactly as in production. Deterministic
 * (orders chosen from sorted queries, times derived from `now`) and seeded once: one
 * transaction that first claims the `demo_cases_seeded` flag, so concurrent callers seed once
 * and a failure leaves nothing behind.
 */
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { appMeta } from "@/db/schema";
import { runSweep } from "@/server/services/sweep/sweep";
import { systemContext } from "@/server/services/service-context";
import { deadlineTasks } from "@/server/services/sweep/tasks";
import { seedAfterSalesCases } from "./demo-cases-after-sales";
import { seedCancelCases } from "./demo-cases-cancel";
import { seedCancelE2ePool } from "./demo-cases-cancel-e2e";
import { seedComplaintCases } from "./demo-cases-complaints";
import { seedDisputeCases } from "./demo-cases-disputes";
import { seedInterventionCases } from "./demo-cases-intervention";
import { seedInvoiceCases } from "./demo-cases-invoices";
import { loadDemoKit } from "./demo-cases-kit";
import { seedViolationCases } from "./demo-cases-violations";

export const DEMO_CASES_SEEDED_KEY = "demo_cases_seeded";

/**
 * Seeds the demo cases once, on top of the demo world. Returns {seeded:false} when they were
 * already seeded (or another process seeds them right now and commits first), or when the
 * demo world is not there to build on.
 */
export async function seedDemoCases(db: Db, now: Date): Promise<{ seeded: boolean }> {
  const existing = await db.select({ key: appMeta.key }).from(appMeta).where(eq(appMeta.key, DEMO_CASES_SEEDED_KEY));
  if (existing.length > 0) return { seeded: false };

  const seeded = await db.transaction(async (tx) => {
    // The verbs open their own transactions; inside this one they become savepoints.
    const kit = await loadDemoKit(tx, now);
    if (!kit) return false;
    // The claim: a concurrent seeder blocks on this row until we commit (then gets nothing
    // back) or roll back (then it claims and seeds).
    const claimed = await tx
      .insert(appMeta)
      .values({ key: DEMO_CASES_SEEDED_KEY, value: now.toISOString() })
      .onConflictDoNothing()
      .returning({ key: appMeta.key });
    if (claimed.length === 0) return false;
    await seedInvoiceCases(kit);
    await seedDisputeCases(kit);
    await seedInterventionCases(kit);
    await seedCancelCases(kit);
    await seedCancelE2ePool(kit);
    await seedViolationCases(kit);
    await seedAfterSalesCases(kit);
    await seedComplaintCases(kit);
    await runSweep(systemContext(tx, now), { tasks: deadlineTasks });
    return true;
  });
  return { seeded };
}
