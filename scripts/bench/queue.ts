import { sql } from "drizzle-orm";
import superjson from "superjson";
import { openDb, rows, type DbHandle } from "@/db/client";
import { loadActor } from "@/server/auth/actor";
import { queuePage, warningQueueInput } from "@/server/services/work-orders/list-warning-queue";
import { explainQueue } from "./explain";
import { load } from "./load";
import { seed, shopId, type SeedPlan } from "./seed";
import { startServer } from "./server";
import { ms, p50Of, round, verdict, type BenchRow } from "./stats";

const REQUESTS = 2_000;
const CONCURRENCY = 16;
const QUERY_RUNS = 200;

/**
 * The warning queue (工单预警) under load: tRPC vs bare over HTTP, the first page vs a page 90,000
 * rows deep, PGlite vs PostgreSQL, and the page query's plan. `handles` collects what to close.
 */
export async function benchQueue(
  pgHandle: DbHandle,
  url: string,
  plan: SeedPlan,
  scale: number,
  handles: DbHandle[],
  log: (line: string) => void,
) {
  const db = pgHandle.db;
  const now = plan.now;
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

  // HTTP: tRPC vs bare.
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

  // First page vs a page 90,000 rows deep (the cursor found once with OFFSET; the measured query is keyset).
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

  // PGlite (in memory, the big shop only) vs PostgreSQL.
  const lite = await openDb({ pgliteDir: "memory" });
  handles.push(lite);
  const liteStart = process.hrtime.bigint();
  await seed(lite.db, { shops: 2, workOrders: plan.big, big: plan.big, now }, () => undefined);
  log(`PGlite seeded ${plan.big} work orders in ${round(ms(liteStart) / 1000, 1)} s`);
  const liteP50 = await p50Of(QUERY_RUNS, 20, page(lite, null));
  log(`first page p50: PGlite ${round(liteP50)} ms, PostgreSQL ${round(firstP50)} ms`);

  // The plan.
  const explained = await explainQueue(url, big.id, now);
  log(`plan: indexes ${explained.indexes.join(", ") || "none"}; nodes ${explained.nodeTypes.join(" > ")}`);

  // Ratios against this run's baselines.
  const table: BenchRow[] = [
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
  return { table, results: { trpc, bare, firstP50, deepP50, deepOffset, liteP50, explained } };
}
