import { and, gt, lte, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { UrgencyTier } from "@/server/domain/deadlines";
import { urgencyTiers } from "@/server/domain/deadlines";
import { HOUR_MS } from "@/server/domain/time";
import { warningQueueTypes } from "@/server/domain/warning-queue";
import { workOrderStatuses } from "@/server/domain/work-order";
import { cursorInput, limitInput } from "../pagination";

/** `active`: open and promised, by deadline (工单预警). `closed`: history, newest first. */
export const queueViews = ["active", "closed"] as const;

export const warningQueueInput = z.object({
  view: z.enum(queueViews).default("active"),
  /** A work-order type, or `service_order` (AS-6: after-sales service orders beside them). */
  type: z.enum(warningQueueTypes).optional(),
  status: z.enum(workOrderStatuses).optional(),
  urgency: z.enum(urgencyTiers).optional(),
  /** Order number or its beginning. */
  orderNo: z.string().trim().max(40).optional(),
  /** Part of the consumer's name (case-insensitive). */
  consumer: z
    .string()
    .trim()
    .max(40, { error: "消费者名称最多 40 个字 / Consumer name: at most 40 characters" })
    .optional(),
  cursor: cursorInput,
  limit: limitInput,
});

/** The filters of the queue (everything but paging), shared by the list and the CSV export. */
export type QueueFilterInput = Omit<z.output<typeof warningQueueInput>, "cursor" | "limit">;

/** What every queue row has, whatever it is (a work order or a service order). */
export interface QueueRowBase {
  id: string;
  orderId: string;
  orderNo: string;
  consumerName: string;
  shopName: string;
  timeZone: string;
  openedAt: Date;
  dueAt: Date | null;
  closedAt: Date | null;
  /** Active rows only: how close the deadline is. */
  urgency: UrgencyTier | null;
}

/** The deadline window of each urgency tier, matching `urgencyOf` (a tier's upper edge is inclusive). */
export function tierFilter(tier: UrgencyTier, now: Date, due: PgColumn): SQL | undefined {
  const at = (hours: number) => new Date(now.getTime() + hours * HOUR_MS);
  const window = (fromH: number, toH: number | null) =>
    and(gt(due, at(fromH)), toH === null ? undefined : lte(due, at(toH)));
  switch (tier) {
    case "overdue":
      return lte(due, now);
    case "under_2h":
      return window(0, 2);
    case "under_6h":
      return window(2, 6);
    case "under_24h":
      return window(6, 24);
    case "later":
      return window(24, null);
  }
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Keyset order of active rows: (due_at, id) ascending, a missing deadline last (as SQL sorts nulls). */
export function byDeadline(a: { dueAt: Date | null; id: string }, b: { dueAt: Date | null; id: string }): number {
  const ta = a.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const tb = b.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
