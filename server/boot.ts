import { getDbHandle } from "@/db/client";
import { seedDemoWorld } from "@/db/seed/demo-world";
import { isDemoMode } from "./demo-mode";

/** Start-up work of one app process. Safe to run in several processes at once. */
export async function boot(): Promise<void> {
  const started = Date.now();
  const { db, kind } = await getDbHandle();
  if (isDemoMode()) {
    const { seeded } = await seedDemoWorld(db, new Date());
    if (seeded) console.log(`[arbiter] demo world seeded in ${Date.now() - started} ms`);
  }
  console.log(`[arbiter] database ready (${kind})${isDemoMode() ? ", demo mode on" : ""}`);
}
