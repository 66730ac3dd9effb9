import crypto from "node:crypto";
import { and, eq, inArray, lte } from "drizzle-orm";
import superjson from "superjson";
import type { Db, Tx } from "@/db/client";
import { idempotencyKeys } from "@/db/schema";
import { staleState } from "@/server/domain/errors";
import { canonicalJson, idempotencyExpiry, idempotencyKeyReused } from "@/server/domain/idempotency";

export interface IdempotentCall<T> {
  db: Db;
  now: Date;
  /** Whose keys these are: the acting user. Keys of different users never meet. */
  scope: string;
  key: string;
  /** The procedure path; the same key on another procedure counts as a different request. */
  path: string;
  /** The validated input without the key; what "the same request" is compared on. */
  input: unknown;
  run: (tx: Tx) => Promise<T>;
}

export function requestHash(path: string, input: unknown): string {
  return crypto
    .createHash("sha256")
    .update(`${path}\n${canonicalJson(input)}`)
    .digest("hex");
}

/**
 * Runs `run` once per (scope, key) within 24 hours, Stripe-style:
 * - a replay with the same input returns the first result (nothing runs again);
 * - the same key with a different input (or on another procedure) → IDEMPOTENCY_KEY_REUSED;
 * - a key older than 24 hours (by `now`) is forgotten and the request runs as new.
 * The key row is inserted in the same transaction as the verb (whose own transaction becomes
 * a savepoint), so it exists only for a committed result: a verb that fails leaves no key and
 * a retry runs again. A concurrent request with the same key blocks on the unique index until
 * the first commits, then reads its result — exactly one execution.
 */
export async function runIdempotent<T>(call: IdempotentCall<T>): Promise<T> {
  const { db, now, scope, key, path } = call;
  const hash = requestHash(path, call.input);
  const mine = and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key));
  return db.transaction(async (tx) => {
    await tx.delete(idempotencyKeys).where(and(mine, lte(idempotencyKeys.expiresAt, now)));
    await purgeExpiredKeys(tx, now);
    const [claimed] = await tx
      .insert(idempotencyKeys)
      .values({
        scope,
        key,
        path,
        requestHash: hash,
        response: { json: null },
        createdAt: now,
        expiresAt: idempotencyExpiry(now),
      })
      .onConflictDoNothing({ target: [idempotencyKeys.scope, idempotencyKeys.key] })
      .returning({ id: idempotencyKeys.id });
    if (!claimed) {
      const [first] = await tx
        .select({
          path: idempotencyKeys.path,
          requestHash: idempotencyKeys.requestHash,
          response: idempotencyKeys.response,
        })
        .from(idempotencyKeys)
        .where(mine);
      // Gone between the conflict and the read: only a sweep at a much later clock does that.
      if (!first) throw staleState();
      if (first.path !== path || first.requestHash !== hash) throw idempotencyKeyReused();
      return superjson.deserialize<T>(first.response);
    }
    const result = await call.run(tx);
    await tx
      .update(idempotencyKeys)
      .set({ response: superjson.serialize(result) })
      .where(eq(idempotencyKeys.id, claimed.id));
    return result;
  });
}

/** Keys purged per keyed call: enough to outpace the calls that create them. */
const PURGE_BATCH = 20;
/**
 * How long an expired key lingers before the purge removes it. An expired key is already
 * ignored (above); the lag only keeps callers with clocks days apart (test files sharing one
 * PostgreSQL database) from deleting each other's live keys.
 */
const PURGE_AFTER_EXPIRY_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Delete-on-write keeps the table bounded: each keyed call removes a few long-expired keys
 * (any user's; rows another call is deleting are skipped, never waited for).
 */
async function purgeExpiredKeys(tx: Tx, now: Date): Promise<void> {
  const expired = tx
    .select({ id: idempotencyKeys.id })
    .from(idempotencyKeys)
    .where(lte(idempotencyKeys.expiresAt, new Date(now.getTime() - PURGE_AFTER_EXPIRY_MS)))
    .orderBy(idempotencyKeys.expiresAt)
    .limit(PURGE_BATCH)
    .for("update", { skipLocked: true });
  await tx.delete(idempotencyKeys).where(inArray(idempotencyKeys.id, expired));
}
