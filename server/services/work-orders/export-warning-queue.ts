import type { z } from "zod";
import type { UrgencyTier } from "@/server/domain/deadlines";
import { HOUR_MS } from "@/server/domain/time";
import type { WorkOrderStatus, WorkOrderType } from "@/server/domain/work-order";
import type { Locale } from "@/server/i18n/locale";
import type { Cursor } from "../pagination";
import type { ServiceType } from "@/server/domain/after-sales";
import { queuePage, warningQueueInput, type ServiceOrderQueueRow, type WarningQueueRow } from "./list-warning-queue";
import type { ServiceContext } from "../service-context";

/** The page's filters, without paging: the export always covers the whole filtered queue. */
export const exportWarningQueueInput = warningQueueInput.omit({ cursor: true, limit: true });
export const EXPORT_PAGE_SIZE = 500;
export const EXPORT_MAX_ROWS = 50_000;

/**
 * INV-9: the warning queue (工单预警) as CSV — exactly the rows the list shows for the same
 * filters (the same where-clause and keyset order, walked 500 at a time, at most 50,000 rows),
 * headed in the caller's language, times in each row's shop time zone. Starts with a UTF-8 BOM
 * so Excel reads Chinese; cells are quoted as needed and formula-looking cells defused.
 */
export async function exportWarningQueue(
  ctx: ServiceContext,
  input: z.output<typeof exportWarningQueueInput>,
): Promise<{ csv: string; rows: number; truncated: boolean }> {
  const { db, now, locale, tenant: responder } = ctx;
  const rows: WarningQueueRow[] = [];
  let cursor: Cursor | null = null;
  for (let guard = 0; guard < EXPORT_MAX_ROWS / EXPORT_PAGE_SIZE; guard++) {
    const page: { items: WarningQueueRow[]; next: Cursor | null } = await queuePage({
      db,
      responder,
      input,
      now,
      cursor,
      limit: EXPORT_PAGE_SIZE,
    });
    rows.push(...page.items);
    cursor = page.next;
    if (!cursor) break;
  }
  const truncated = cursor !== null;
  const l = labels[locale];
  const lines = [
    l.header,
    ...rows.map((r) => [
      r.kind === "work_order" ? l.types[r.type] : `${l.serviceOrder} · ${l.serviceTypes[r.serviceType]} ${r.serviceNo}`,
      r.orderNo,
      r.consumerName,
      r.kind === "work_order" ? l.statuses[r.status] : l.serviceDeadlines[r.dueKind],
      at(r.openedAt, r.timeZone),
      r.dueAt ? at(r.dueAt, r.timeZone) : "",
      remaining(r, now, locale),
    ]),
  ];
  return {
    csv: `\uFEFF${lines.map((cells) => cells.map(csvCell).join(",")).join("\r\n")}\r\n`,
    rows: rows.length,
    truncated,
  };
}

/** RFC 4180 quoting, plus a leading ' on cells a spreadsheet would run as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** e.g. 2026-11-23 14:05 in the shop's time zone (as the page shows it). */
function at(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")}`;
}

/** Active rows: the tier and the time left (or overdue by); closed rows: blank. */
function remaining(row: WarningQueueRow, now: Date, locale: Locale): string {
  if (!row.urgency || !row.dueAt) return "";
  const l = labels[locale];
  const ms = row.dueAt.getTime() - now.getTime();
  const minutes = Math.floor(Math.abs(ms) / (HOUR_MS / 60));
  const span = l.span(Math.floor(minutes / 60), minutes % 60);
  return `${ms > 0 ? l.left(span) : l.over(span)} / ${l.urgency[row.urgency]}`;
}

interface Labels {
  header: string[];
  types: Record<WorkOrderType, string>;
  /** AS-6: service orders beside work orders — their type and whose clock runs. */
  serviceOrder: string;
  serviceTypes: Record<ServiceType, string>;
  serviceDeadlines: Record<ServiceOrderQueueRow["dueKind"], string>;
  statuses: Record<WorkOrderStatus, string>;
  urgency: Record<UrgencyTier, string>;
  span: (hours: number, minutes: number) => string;
  left: (span: string) => string;
  over: (span: string) => string;
}

const labels: Record<Locale, Labels> = {
  "zh-CN": {
    header: ["工单类型", "订单号", "消费者", "状态", "创建时间", "处理时限", "剩余时间/紧急程度"],
    types: {
      urge_invoice: "催开票工单",
      not_received: "未收到货工单",
      missing_items: "少发漏发/错发工单",
      collaborative: "协同工单",
    },
    serviceOrder: "售后服务单",
    serviceTypes: {
      return: "退货",
      exchange: "换货",
      repair: "维修",
      installation: "安装",
      setup: "调试",
      training: "培训",
    },
    serviceDeadlines: { review: "待审核", processing: "待处理", repair: "维修中", on_site: "待上门服务" },
    statuses: {
      open: "待处理",
      promised: "已约定开票时间",
      resolved: "已完结",
      expired: "已超时",
      broken: "承诺未履约",
      reviewing: "二审中",
      judging: "平台判责中",
    },
    urgency: {
      overdue: "已超时",
      under_2h: "2 小时内",
      under_6h: "6 小时内",
      under_24h: "24 小时内",
      later: "24 小时以上",
    },
    span: (h, m) => `${h}小时${m}分`,
    left: (span) => `剩余 ${span}`,
    over: (span) => `超时 ${span}`,
  },
  en: {
    header: ["Type", "Order no.", "Consumer", "Status", "Created", "Due", "Time left / urgency"],
    types: {
      urge_invoice: "Urge-invoice work order",
      not_received: "Not received",
      missing_items: "Missing or wrong items",
      collaborative: "Collaborative work order",
    },
    serviceOrder: "After-sales service order",
    serviceTypes: {
      return: "Return",
      exchange: "Exchange",
      repair: "Repair",
      installation: "Installation",
      setup: "Setup",
      training: "Training",
    },
    serviceDeadlines: {
      review: "Awaiting review",
      processing: "Awaiting processing",
      repair: "Repairing",
      on_site: "Awaiting on-site service",
    },
    statuses: {
      open: "Open",
      promised: "Invoicing date agreed",
      resolved: "Resolved",
      expired: "Expired",
      broken: "Promise broken",
      reviewing: "Second-level review",
      judging: "Platform judging",
    },
    urgency: {
      overdue: "Overdue",
      under_2h: "Within 2h",
      under_6h: "Within 6h",
      under_24h: "Within 24h",
      later: "Over 24h",
    },
    span: (h, m) => `${h}h ${m}m`,
    left: (span) => `${span} left`,
    over: (span) => `overdue by ${span}`,
  },
};
