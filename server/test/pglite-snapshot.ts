/**
 * Vitest global setup: migrate one in-memory PGlite once and write its data folder to a
 * tarball, so every test file starts from a copy instead of replaying every migration.
 * Skipped on PostgreSQL (DATABASE_URL), where the suite shares one migrated database.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDb } from "@/db/client";

export const SNAPSHOT_ENV = "ARBITER_TEST_PGLITE_SNAPSHOT";

export default async function setup(): Promise<(() => void) | undefined> {
  if (process.env.DATABASE_URL) return undefined;
  const handle = await openDb({ pgliteDir: "memory" });
  const client = (handle.db as unknown as { $client: import("@electric-sql/pglite").PGlite }).$client;
  const dump = await client.dumpDataDir("none");
  await handle.close();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "arbiter-test-")), "migrated.tar");
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  process.env[SNAPSHOT_ENV] = file;
  return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}
