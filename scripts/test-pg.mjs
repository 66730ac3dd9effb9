#!/usr/bin/env node
// Runs the vitest suite against a fresh, throw-away PostgreSQL database.
//   npm run test:pg                 -> all tests
//   npm run test:pg -- server/foo   -> extra arguments go to `vitest run`
// The admin connection defaults to postgres://postgres@127.0.0.1:5432/postgres; set
// TEST_PG_ADMIN_URL to use another server or user (it needs CREATEDB).
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import os from "node:os";
import pg from "pg";

const adminUrl = process.env.TEST_PG_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const dbName = `arbiter_test_${crypto.randomBytes(6).toString("hex")}`;
const testUrl = new URL(adminUrl);
testUrl.pathname = `/${dbName}`;

async function admin(sql) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function runVitest(args) {
  return new Promise((resolve) => {
    const child = spawn("npx", ["vitest", "run", ...args], {
      stdio: "inherit",
      env: {
        ...process.env,
        DATABASE_URL: testUrl.toString(),
        // Test files run in parallel, each with its own pool: keep the total under max_connections.
        DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? "4",
      },
    });
    // Ctrl-C reaches the child through the terminal; a SIGTERM to us is forwarded. Either way
    // we wait for the child to exit so the database is dropped afterwards.
    const forward = (signal) => child.kill(signal);
    process.on("SIGINT", () => undefined);
    process.on("SIGTERM", forward);
    child.on("error", (error) => {
      console.error(`test-pg: could not start vitest: ${error.message}`);
      resolve(1);
    });
    child.on("exit", (code, signal) => {
      process.off("SIGTERM", forward);
      resolve(code ?? 128 + (signal ? (os.constants.signals[signal] ?? 1) : 1));
    });
  });
}

let exitCode = 1;
try {
  await admin(`CREATE DATABASE "${dbName}"`);
  console.log(`test-pg: created database ${dbName}`);
  exitCode = await runVitest(process.argv.slice(2));
} catch (error) {
  console.error(`test-pg: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  try {
    await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    console.log(`test-pg: dropped database ${dbName}`);
  } catch (error) {
    console.error(`test-pg: could not drop ${dbName}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exit(exitCode);
