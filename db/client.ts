import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { lockDataDir } from "./data-dir-lock";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle; every PgTransaction is also usable where a Db is expected. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export interface DbHandle {
  db: Db;
  kind: "pglite" | "postgres";
  close(): Promise<void>;
}

const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");
/** Any constant works; it only has to be the same in every app instance. */
const MIGRATION_LOCK_KEY = 4_242_001;

export function dataDir(): string {
  return process.env.ARBITER_DATA_DIR ?? path.join(process.cwd(), "data", "pglite");
}

/**
 * Opens the database and applies pending migrations.
 * - `url` (or DATABASE_URL): node-postgres pool; migrations run under an advisory lock so
 *   several app instances starting together migrate once.
 * - otherwise PGlite: `memory` for tests, or a data folder (created if missing). PGlite
 *   allows one process per data folder, so the folder is locked (see data-dir-lock.ts: a
 *   second process throws DataDirLockedError) and migrations always run inside that process.
 */
export async function openDb(opts: { url?: string; pgliteDir?: string | "memory" } = {}): Promise<DbHandle> {
  const url = opts.url ?? (opts.pgliteDir ? undefined : process.env.DATABASE_URL);
  if (url) return openPostgres(url);
  return openPglite(opts.pgliteDir ?? dataDir());
}

async function openPglite(dir: string): Promise<DbHandle> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  if (dir === "memory") {
    const client = new PGlite();
    const db = drizzle({ client, schema });
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    return { db: db as unknown as Db, kind: "pglite", close: () => client.close() };
  }
  fs.mkdirSync(dir, { recursive: true });
  const lock = lockDataDir(dir);
  const close = async (client: InstanceType<typeof PGlite> | null) => {
    try {
      await client?.close();
    } finally {
      lock.release();
    }
  };
  let client: InstanceType<typeof PGlite> | null = null;
  try {
    client = new PGlite(dir);
    const db = drizzle({ client, schema });
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    const opened = client;
    return { db: db as unknown as Db, kind: "pglite", close: () => close(opened) };
  } catch (error) {
    await close(client).catch(() => undefined);
    throw error;
  }
}

async function openPostgres(url: string): Promise<DbHandle> {
  const { Pool } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const { migrate } = await import("drizzle-orm/node-postgres/migrator");
  const pool = new Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  // An idle connection the server drops (restart, failover, a database being dropped) must not
  // crash the process: the pool discards it and opens a new one on the next query.
  pool.on("error", (error) => console.warn("[db] idle connection lost:", error.message));
  const conn = await pool.connect();
  try {
    await conn.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await migrate(drizzle({ client: conn, schema }), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await conn.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    conn.release();
  }
  const db = drizzle({ client: pool, schema });
  return { db: db as unknown as Db, kind: "postgres", close: () => pool.end() };
}

const globalForDb = globalThis as unknown as { arbiterDb?: Promise<DbHandle> };

/** The process-wide database, opened lazily on first use (never at module load). */
export function getDbHandle(): Promise<DbHandle> {
  globalForDb.arbiterDb ??= openDb().catch((error: unknown) => {
    globalForDb.arbiterDb = undefined;
    throw error;
  });
  return globalForDb.arbiterDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

/** Rows of a raw query, the same shape on PGlite and node-postgres. */
export async function rows<T>(db: DbOrTx, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
