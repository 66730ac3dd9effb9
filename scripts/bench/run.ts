/**
 * npm run bench — the warning queue (工单预警) under load, on a throw-away PostgreSQL database.
 * BENCH_SCALE (default 1 = 1,000,000 work orders over 10,000 shops) shrinks the data set;
 * BENCH_PG_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres) needs CREATEDB.
 * Targets are reported PASS/FAIL but never fail the process. Results: bench/results/<ts>.json.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import pg from "pg";
import superjson from "superjson";
import { openDb, rows, type DbHandle } from "@/db/client";
import { loadActor } from "@/server/auth/actor";
import { queuePage, warningQueueInput } from "@/server/services/work-orders/list-warning-queue";
import { explainQueue } from "./explain";
import { load } from "./load";
import { planFor, seed, shopId } from "./seed";
import { startServer } from "./server";
import { ms, p50Of, round } from "./stats";

const scale = Math.min(1, Math.max(0.001, Number(process.env.BENCH_SCALE ?? 1) || 1));
const adminUrl = process.env.BENCH_PG_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const REQUESTS = 2_000;
const CONCURRENCY = 16;
const QUERY_RUNS = 200;
const log = (line: string) => console.log(line);

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const dbName = `arbiter_bench_${crypto.randomBytes(5).toString("hex")}`;
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const now = new Date(Math.floor(Date.now() / 1000) * 1000);
  const plan = planFor(scale, now);
  const handles: DbHandle[] = [];
  await admin(`create database ${dbName}`);
  try {
    log(`bench: scale ${scale}, database ${dbName}`);
    const pgHandle = await openDb({ url: url.toString() });
    handles.push(pgHandle);
    const db = pgHandle.db;
    const seedStart = process.hrtime.bigint();
    await seed(db, plan, log);
    const seedMs = ms(seedStart);
    log(`seeded ${plan.workOrders} work orders in ${round(seedMs / 1000, 1)} s`);

    // The big shop's merchant, acting through the real router.
    const [big] = await rows<{ id: string }>(db, sql`select ${shopId(1)} as id`);
    if (!big) throw new Error("no big shop");
    await db.execute(
      sql`insert into users (id, name, email) values ('bench-merchant', '压测商家', 'bench@bench.arbiter')`,
    );
    await db.execute(
      sql`insert into shop_members (shop_id, user_id, role) values (${big.id}, 'bench-merchant', 'owner')`,
    );
    const actor = await loadActor(db, "bench-merchant");
    if (!actor?.merchant) throw new Error("bench merchant not loaded");

    // 2. HTTP: tRPC vs bare.
    const server = await startServer(db, actor);
    let trpc: Awaited<ReturnType<typeof load>>;
    let bare: Awaited<ReturnType<typeof load>>;
    try {
      const input = encodeURIComponent(JSON.stringify(superjson.serialize({ view: "active", limit: 20 })));
      const opts = { total: REQUESTS, concurrency: CONCURRENCY, warmup: 50 };
      trpc = await load(`${server.origin}/trpc/workOrder.merchant.queue?input=${input}`, opts);
      log(`tRPC  ${JSON.stringify(trpc)}`);
      bare = await load(`${server.origin}/bare`, opts);
      log(`bare  ${JSON.stringify(bare)}`);
    } finally {
      await server.close();
    }

    // 3. First page vs a page 90,000 rows deep (the cursor found once with OFFSET; the measured query is keyset).
    const deepOffset = Math.min(Math.round(90_000 * scale), Math.floor(plan.big * 0.9) - 25);
    const [cursorRow] = await rows<{ at_ms: string; id: string }>(
      db,
      sql`select (extract(epoch from due_at) * 1000)::bigint::text as at_ms, id from work_orders
          where shop_id = ${big.id} and routed_to = 'merchant' and status in ('open', 'promised')
          order by due_at, id offset ${deepOffset} limit 1`,
    );
    if (!cursorRow) throw new Error("no deep cursor row");
    const deepCursor = { at: new Date(Number(cursorRow.at_ms)), id: cursorRow.id };
    const responder = { kind: "merchant" as const, shopId: big.id };
    const input = warningQueueInput.parse({ view: "active", limit: 20 });
    const page = (target: DbHandle, cursor: typeof deepCursor | null) => () =>
      queuePage({ db: target.db, responder, input, now, cursor, limit: input.limit });
    const firstP50 = await p50Of(QUERY_RUNS, 20, page(pgHandle, null));
    const deepP50 = await p50Of(QUERY_RUNS, 20, page(pgHandle, deepCursor));
    const deepRows = (await page(pgHandle, deepCursor)()).items.length;
    log(`first page p50 ${round(firstP50)} ms, page ${deepOffset} deep p50 ${round(deepP50)} ms (${deepRows} rows)`);

    // 4. PGlite (in memory, the big shop only) vs PostgreSQL.
    const lite = await openDb({ pgliteDir: "memory" });
    handles.push(lite);
    const liteStart = process.hrtime.bigint();
    await seed(lite.db, { shops: 2, workOrders: plan.big, big: plan.big, now }, () => undefined);
    log(`PGlite seeded ${plan.big} work orders in ${round(ms(liteStart) / 1000, 1)} s`);
    const liteP50 = await p50Of(QUERY_RUNS, 20, page(lite, null));
    log(`first page p50: PGlite ${round(liteP50)} ms, PostgreSQL ${round(firstP50)} ms`);

    // 5. The plan.
    const explained = await explainQueue(url.toString(), big.id, now);
    log(`plan: indexes ${explained.indexes.join(", ") || "none"}; nodes ${explained.nodeTypes.join(" > ")}`);

    // 6. Ratios against this run's baselines.
    const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");
    const table = [
      {
        check: "tRPC p50 / bare p50",
        value: `${trpc.p50} / ${bare.p50} ms`,
        ratio: round(trpc.p50 / bare.p50),
        target: "<= 1.5",
        result: verdict(trpc.p50 / bare.p50 <= 1.5),
      },
      {
        check: "tRPC rps / bare rps",
        value: `${trpc.rps} / ${bare.rps}`,
        ratio: round(trpc.rps / bare.rps),
        target: "info",
        result: "-",
      },
      {
        check: `deep (${deepOffset}) p50 / first p50`,
        value: `${round(deepP50)} / ${round(firstP50)} ms`,
        ratio: round(deepP50 / firstP50),
        target: "<= 2",
        result: verdict(deepP50 / firstP50 <= 2),
      },
      {
        check: "PGlite p50 / PostgreSQL p50",
        value: `${round(liteP50)} / ${round(firstP50)} ms`,
        ratio: round(liteP50 / firstP50),
        target: "info",
        result: "-",
      },
      {
        check: "plan: work_orders_queue_idx, no Sort",
        value: `index ${explained.usesQueueIndex ? "yes" : "no"}, sort ${explained.hasSort ? "yes" : "no"}`,
        ratio: null,
        target: "index, no sort",
        result: verdict(explained.usesQueueIndex && !explained.hasSort),
      },
    ];
    console.table(table);

    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const out = path.join(process.cwd(), "bench", "results", `${stamp}.json`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    const results = {
      at: new Date().toISOString(),
      scale,
      plan: { ...plan, now: now.toISOString() },
      seedMs: round(seedMs),
      trpc,
      bare,
      firstP50,
      deepP50,
      deepOffset,
      liteP50,
      explained,
      table,
    };
    fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
    log(`results: ${path.relative(process.cwd(), out)}`);
  } finally {
    for (const handle of handles.reverse()) await handle.close().catch(() => undefined);
    await admin(`drop database if exists ${dbName} with (force)`).catch((error: unknown) =>
      console.error(`could not drop ${dbName}:`, error),
    );
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
