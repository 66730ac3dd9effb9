import type { Db } from "@/db/client";
import { sweepNow } from "@/server/services/sweep/sweep-now";

/** Sweeps every `intervalMs` until stopped; never two sweeps of this process at once. */
export function startSweeper(db: Db, intervalMs: number): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sweepNow(db)
      .then(({ applied, failed }) => {
        const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
        if (sum(applied) > 0) console.log("[sweep]", JSON.stringify(applied));
        if (sum(failed) > 0) console.warn("[sweep] failed, backing off:", JSON.stringify(failed));
      })
      .catch((error: unknown) => console.error("[sweep] failed:", error))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
