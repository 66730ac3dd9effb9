import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { appMeta } from "@/db/schema";
import { systemClock, type Clock } from "@/server/clock";
import { DomainError } from "@/server/domain/errors";
import { isDemoMode } from "@/server/demo-mode";

const OFFSET_KEY = "demo_clock_offset_ms";
/** Never more than a year ahead: enough to watch any deadline fire. */
export const MAX_DEMO_OFFSET_MS = 366 * 24 * 60 * 60 * 1000;

/**
 * The demo-only clock offset: lets a person watch deadlines fire without waiting. Stored in
 * the database so every app process and the worker agree. Outside demo mode it is always 0.
 */
export async function demoOffsetMs(db: DbOrTx): Promise<number> {
  if (!isDemoMode()) return 0;
  const [row] = await db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, OFFSET_KEY));
  const offset = Number(row?.value ?? 0);
  return Number.isFinite(offset) ? offset : 0;
}

export function offsetClock(offsetMs: number, base: Clock = systemClock): Clock {
  return () => new Date(base().getTime() + offsetMs);
}

/** The clock a request or a sweep should use: the wall clock plus the demo offset. */
export async function appClock(db: DbOrTx): Promise<Clock> {
  return offsetClock(await demoOffsetMs(db));
}

export async function advanceDemoClock(db: DbOrTx, byMs: number): Promise<number> {
  if (!isDemoMode()) {
    throw new DomainError("FORBIDDEN", "DEMO_ONLY", {
      "zh-CN": "仅演示模式可调整时钟",
      en: "The clock can only be moved in demo mode",
    });
  }
  const current = await demoOffsetMs(db);
  const next = current + byMs;
  if (byMs <= 0 || next > MAX_DEMO_OFFSET_MS) {
    throw new DomainError("BAD_REQUEST", "BAD_CLOCK_STEP", {
      "zh-CN": "时钟只能向前拨,且累计不超过一年",
      en: "The clock only moves forward, by at most a year in total",
    });
  }
  await db
    .insert(appMeta)
    .values({ key: OFFSET_KEY, value: String(next) })
    .onConflictDoUpdate({ target: appMeta.key, set: { value: sql`excluded.value` } });
  return next;
}
