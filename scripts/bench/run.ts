/**
 * npm run bench — on a throw-away PostgreSQL database seeded at scale:
 * - "queue": the warning queue (工单预警) under load (see queue.ts);
 * - "signals": the judge's case-page risk-signal call (MAL-3) for a typical and the biggest shop (see signals.ts).
 * Both run by default; `npm run bench -- signals` (or `queue`) runs one. BENCH_SCALE (default 1 =
 * 1,000,000 work orders over 10,000 shops) shrinks the data set; BENCH_PG_ADMIN_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres) needs CREATEDB; BENCH_DB_NAME names the throw-away database
 * (default arbiter_bench_<random>), which is dropped at the end. Every goal is printed PASS/FAIL and
 * the process exits 1 when any goal is missed. Results: bench/results/<ts>.json.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { openDb, type DbHandle } from "@/db/client";
import { benchQueue } from "./queue";
import { planFor, seed } from "./seed";
import { benchSignals } from "./signals";
import { ms, round, type BenchRow } from "./stats";

const scale = Math.min(1, Math.max(0.001, Number(process.env.BENCH_SCALE ?? 1) || 1));
const adminUrl = process.env.BENCH_PG_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const modes = ["queue", "signals"] as const;
type Mode = (typeof modes)[number];
const log = (line: string) => console.log(line);

function modesFromArgs(args: readonly string[]): Mode[] {
  const asked = args.filter((a) => !a.startsWith("-"));
  const unknown = asked.filter((a) => !modes.some((m) => m === a));
  if (unknown.length > 0) throw new Error(`unknown bench mode(s) ${unknown.join(", ")}; use ${modes.join(" | ")}`);
  return asked.length === 0 ? [...modes] : modes.filter((m) => asked.includes(m));
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Runs the asked modes; resolves to whether every goal was met. */
async function main(): Promise<boolean> {
  const run = modesFromArgs(process.argv.slice(2));
  const dbName = process.env.BENCH_DB_NAME ?? `arbiter_bench_${crypto.randomBytes(5).toString("hex")}`;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(dbName))
    throw new Error(`BENCH_DB_NAME must be a plain lower-case name: ${dbName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const now = new Date(Math.floor(Date.now() / 1000) * 1000);
  const plan = planFor(scale, now);
  const handles: DbHandle[] = [];
  await admin(`create database ${dbName}`);
  try {
    log(`bench: ${run.join(" + ")}, scale ${scale}, database ${dbName}`);
    const pgHandle = await openDb({ url: url.toString() });
    handles.push(pgHandle);
    const seedStart = process.hrtime.bigint();
    await seed(pgHandle.db, plan, log);
    const seedMs = ms(seedStart);
    log(`seeded ${plan.workOrders} work orders in ${round(seedMs / 1000, 1)} s`);

    const table: BenchRow[] = [];
    const results: Record<string, unknown> = {
      at: new Date().toISOString(),
      scale,
      modes: run,
      plan: { ...plan, now: now.toISOString() },
      seedMs: round(seedMs),
    };
    if (run.includes("signals")) {
      const signals = await benchSignals(pgHandle.db, url.toString(), now, log);
      table.push(...signals.table);
      results.signals = { cases: signals.cases, explained: signals.explained };
    }
    if (run.includes("queue")) {
      const queue = await benchQueue(pgHandle, url.toString(), plan, scale, handles, log);
      table.push(...queue.table);
      results.queue = queue.results;
    }
    console.table(table);
    const missed = table.filter((row) => row.result === "FAIL");
    log(missed.length === 0 ? "bench: every goal met" : `bench: ${missed.length} goal(s) missed`);

    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const out = path.join(process.cwd(), "bench", "results", `${stamp}.json`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify({ ...results, table }, null, 2)}\n`);
    log(`results: ${path.relative(process.cwd(), out)}`);
    return missed.length === 0;
  } finally {
    for (const handle of handles.reverse()) await handle.close().catch(() => undefined);
    await admin(`drop database if exists ${dbName} with (force)`).catch((error: unknown) =>
      console.error(`could not drop ${dbName}:`, error),
    );
  }
}

main().then(
  (passed) => process.exit(passed ? 0 : 1),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
