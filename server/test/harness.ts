/**
 * Integration-test harness: one database per test file and a tRPC caller per actor.
 *
 *   let handle: DbHandle;
 *   beforeAll(async () => { handle = await openTestDb(); });
 *   afterAll(() => handle.close());
 *
 * Tests isolate by data (see ./factories), never by truncating tables, so the same test files
 * run on in-memory PGlite (`npx vitest run`) and on one shared PostgreSQL database
 * (`npm run test:pg`) with files in parallel.
 */
import { openDb, type Db, type DbHandle } from "@/db/client";
import type { Actor } from "@/server/auth/actor";
import { fixedClock, type Clock } from "@/server/clock";
import type { Locale } from "@/server/i18n/locale";
import { createCaller } from "@/server/trpc/root";
import { TEST_NOW } from "./factories";

export * from "./factories";

/** PostgreSQL when DATABASE_URL is set (npm run test:pg), else a migrated in-memory PGlite. */
export function openTestDb(): Promise<DbHandle> {
  const url = process.env.DATABASE_URL;
  return url ? openDb({ url }) : openDb({ pgliteDir: "memory" });
}

export type Caller = ReturnType<typeof createCaller>;

/** A server-side tRPC caller acting as `actor` (null = signed out). Defaults: TEST_NOW, zh-CN. */
export function callerFor(db: Db, actor: Actor | null, opts: { now?: Clock; locale?: Locale } = {}): Caller {
  return createCaller({ db, actor, now: opts.now ?? fixedClock(TEST_NOW), locale: opts.locale ?? "zh-CN" });
}
