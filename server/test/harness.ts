/**
 * Integration-test harness: one database per test file and a tRPC caller per actor.
 *
 *   let handle: DbHandle;
 *   beforeAll(async () => { handle = await openTestDb(); });
 *   afterAll(() => handle.close());
 *
 * Tests isolate by data (see ./fixtures/factories), never by truncating tables, so the same test files
 * run on in-memory PGlite (`npx vitest run`) and on one shared PostgreSQL database
 * (`npm run test:pg`) with files in parallel.
 */
import fs from "node:fs";
import { openDb, type Db, type DbHandle } from "@/db/client";
import * as schema from "@/db/schema";
import type { Actor } from "@/server/auth/actor";
import { fixedClock, type Clock } from "@/server/clock";
import type { Locale } from "@/server/i18n/locale";
import { homeTenantOf, systemContext, type ServiceContext } from "@/server/services/service-context";
import type { Tenant } from "@/server/services/tenant";
import { createCaller } from "@/server/trpc/root";
import { TEST_NOW } from "@/server/test/fixtures/factories";

export * from "@/server/test/fixtures/factories";

/**
 * PostgreSQL when DATABASE_URL is set (npm run test:pg), else an in-memory PGlite: a copy of
 * the snapshot the global setup migrated once (./pglite-snapshot), or migrated here without one.
 */
export function openTestDb(): Promise<DbHandle> {
  const url = process.env.DATABASE_URL;
  return url ? openDb({ url }) : openMemoryTestDb();
}

/** A fresh, migrated in-memory PGlite, whatever database the suite runs on (seed tests). */
export function openMemoryTestDb(): Promise<DbHandle> {
  const snapshot = process.env.ARBITER_TEST_PGLITE_SNAPSHOT;
  return snapshot ? openSnapshot(snapshot) : openDb({ pgliteDir: "memory" });
}

async function openSnapshot(file: string): Promise<DbHandle> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const client = new PGlite({ loadDataDir: new Blob([fs.readFileSync(file)]) });
  const db = drizzle({ client, schema });
  return { db: db as unknown as Db, kind: "pglite", close: () => client.close() };
}

export type Caller = ReturnType<typeof createCaller>;

/** A server-side tRPC caller acting as `actor` (null = signed out). Defaults: TEST_NOW, zh-CN. */
export function callerFor(db: Db, actor: Actor | null, opts: { now?: Clock; locale?: Locale } = {}): Caller {
  return createCaller({ db, actor, now: opts.now ?? fixedClock(TEST_NOW), locale: opts.locale ?? "zh-CN" });
}

/**
 * A ServiceContext for calling a verb directly: `actor` in their audience (admin, else merchant,
 * else consumer; `tenant` overrides), or the system when `actor` is null. Defaults: TEST_NOW, zh-CN.
 */
export function serviceContext(
  db: Db,
  actor: Actor | null,
  opts: { tenant?: Tenant; now?: Date; locale?: Locale } = {},
): ServiceContext {
  const base = systemContext(db, opts.now ?? TEST_NOW);
  const tenant = opts.tenant ?? (actor ? homeTenantOf(actor) : base.tenant);
  if (!tenant) throw new Error("serviceContext: the actor belongs to no audience; pass a tenant");
  return { ...base, actor, tenant, locale: opts.locale ?? base.locale };
}
