import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { SuperJSONResult } from "superjson";

/**
 * Idempotency keys of the mutations that move money or close a case. One row per (scope, key):
 * the scope is the acting user, the key is the client's per-submission token. The row is
 * written in the same transaction as the verb it guards, so it exists only for a committed
 * result; a concurrent request with the same key waits on the unique index until then.
 * Honoured 24 hours (`expires_at`); keyed calls purge keys long past it.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    scope: text("scope").notNull(),
    key: text("key").notNull(),
    /** The tRPC procedure path the key was first used on. */
    path: text("path").notNull(),
    /** sha256 (hex) of the path and the canonical JSON of the input without the key. */
    requestHash: text("request_hash").notNull(),
    /** The first result in superjson's wire form, so dates and the like survive a replay. */
    response: jsonb("response").$type<SuperJSONResult>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("idempotency_keys_scope_key_uq").on(t.scope, t.key),
    index("idempotency_keys_expires_idx").on(t.expiresAt),
  ],
);
