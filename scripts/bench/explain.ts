import { Pool } from "pg";
import { drizzle } from "drizzle-orm/node-postgres";
import * as schema from "@/db/schema";
import type { Db } from "@/db/client";
import { queuePage, warningQueueInput } from "@/server/services/work-orders/list-warning-queue";

export interface PlanCheck {
  usesQueueIndex: boolean;
  hasSort: boolean;
  indexes: string[];
  nodeTypes: string[];
}

interface PlanNode {
  "Node Type"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}

/**
 * EXPLAIN (FORMAT JSON) of the exact SQL the queue's first page runs for `shopId`: the query
 * is captured from a logging drizzle instance calling the service function, then explained
 * with the same parameters.
 */
export async function explainQueue(url: string, shopId: string, now: Date): Promise<PlanCheck & { sql: string }> {
  const pool = new Pool({ connectionString: url, max: 1 });
  try {
    const captured: { sql: string; params: unknown[] }[] = [];
    const db = drizzle({
      client: pool,
      schema,
      logger: { logQuery: (sql, params) => void captured.push({ sql, params }) },
    }) as unknown as Db;
    const input = warningQueueInput.parse({ view: "active", limit: 20 });
    await queuePage({ db, responder: { kind: "merchant", shopId }, input, now, cursor: null, limit: input.limit });
    // The page also reads the shop's service orders (AS-6) after the work orders: explain the work-order query.
    const query = captured.find((q) => q.sql.includes('from "work_orders"'));
    if (!query) throw new Error("no query captured");
    const result = await pool.query<{ "QUERY PLAN": { Plan: PlanNode }[] }>(
      `explain (format json) ${query.sql}`,
      query.params,
    );
    const root = result.rows[0]?.["QUERY PLAN"][0]?.Plan;
    if (!root) throw new Error("no plan");
    const nodes: PlanNode[] = [];
    const walk = (node: PlanNode, depth: number) => {
      if (depth > 100) return;
      nodes.push(node);
      for (const child of node.Plans ?? []) walk(child, depth + 1);
    };
    walk(root, 0);
    const indexes = nodes.flatMap((n) => (n["Index Name"] ? [n["Index Name"]] : []));
    const nodeTypes = nodes.map((n) => n["Node Type"] ?? "?");
    return {
      sql: query.sql,
      indexes,
      nodeTypes,
      usesQueueIndex: indexes.includes("work_orders_queue_idx"),
      hasSort: nodeTypes.some((t) => t.includes("Sort")),
    };
  } finally {
    await pool.end();
  }
}
