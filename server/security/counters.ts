import { and, asc, eq, lte, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { rateCounters } from "@/db/schema";

/** One counted hit: the count in the current window, this hit included, and when the window ends. */
export interface Hit {
  count: number;
  resetAt: Date;
}

/** How many ended rows one new window clears away, so the table stays small. */
const PURGE_BATCH = 100;
/**
 * Rows are cleared a day after their window ended (an ended row is harmless: the next hit
 * starts a new window). The margin keeps callers whose clocks differ a little, such as test
 * files on one database, from clearing each other's live windows.
 */
const PURGE_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * Counts one hit (of weight `cost`) on `key` atomically: a single upsert increments the row (or starts a new
 * window of `windowMs` when there is none or it has ended) and returns the new count. On
 * PostgreSQL the upsert locks the row, so concurrent hits, from any app instance, each get a
 * distinct count: no two callers can both see "under the limit" for the same slot.
 */
export async function hit(db: DbOrTx, key: string, now: Date, windowMs: number, cost = 1): Promise<Hit> {
  const ends = new Date(now.getTime() + windowMs);
  const expired = sql`${rateCounters.expiresAt} <= ${now.toISOString()}::timestamptz`;
  const [row] = await db
    .insert(rateCounters)
    .values({ key, count: cost, expiresAt: ends })
    .onConflictDoUpdate({
      target: rateCounters.key,
      set: {
        count: sql`case when ${expired} then ${cost}::integer else ${rateCounters.count} + ${cost}::integer end`,
        expiresAt: sql`case when ${expired} then ${ends.toISOString()}::timestamptz else ${rateCounters.expiresAt} end`,
      },
    })
    .returning({ count: rateCounters.count, resetAt: rateCounters.expiresAt });
  if (!row) throw new Error(`rate counter ${key}: upsert returned no row`);
  // A new window: clear a batch of long-ended ones (delete-on-write keeps the table small).
  if (row.count === cost) await purgeExpired(db, now);
  return row;
}

/** Gives back one hit of the window ending at `resetAt` (an attempt that turned out not to count). */
export async function release(db: DbOrTx, key: string, resetAt: Date): Promise<void> {
  await db
    .update(rateCounters)
    .set({ count: sql`greatest(${rateCounters.count} - 1, 0)` })
    .where(and(eq(rateCounters.key, key), eq(rateCounters.expiresAt, resetAt)));
}

/** Forgets the key's window (e.g. after a successful sign-in). */
export async function clear(db: DbOrTx, key: string): Promise<void> {
  await db.delete(rateCounters).where(eq(rateCounters.key, key));
}

/** Whole seconds until `resetAt`, at least 1: the value for a Retry-After header. */
export function retryAfterSeconds(resetAt: Date, now: Date): number {
  return Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000));
}

async function purgeExpired(db: DbOrTx, now: Date): Promise<void> {
  const before = new Date(now.getTime() - PURGE_AFTER_MS);
  const ended = db
    .select({ key: rateCounters.key })
    .from(rateCounters)
    .where(lte(rateCounters.expiresAt, before))
    .orderBy(asc(rateCounters.expiresAt))
    .limit(PURGE_BATCH)
    .for("update", { skipLocked: true });
  await db.delete(rateCounters).where(and(sql`${rateCounters.key} in ${ended}`, lte(rateCounters.expiresAt, before)));
}
