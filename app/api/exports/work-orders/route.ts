import { parseQueueFilters } from "@/app/_components/work-orders/queue-query";
import { DEFAULT_TIME_ZONE } from "@/server/domain/shop";
import { DomainError } from "@/server/domain/errors";
import { createRequestContext } from "@/server/request-context";
import { exportWarningQueue, exportWarningQueueInput } from "@/server/services/work-orders/export-warning-queue";
import { requestServiceContext } from "@/server/services/service-context";
import type { Tenant } from "@/server/services/tenant";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * GET /api/exports/work-orders?<the queue page's URL params>: the filtered warning queue
 * (工单预警) as CSV — a merchant gets their shop's merchant-routed queue, an admin the
 * platform-routed one; anyone else 401 (signed out) or 403.
 */
export async function GET(req: Request): Promise<Response> {
  const ctx = await createRequestContext(req.headers);
  const zh = ctx.locale === "zh-CN";
  if (!ctx.actor) return problem(401, "UNAUTHORIZED", zh ? "请先登录" : "Please sign in");
  const { merchant, admin } = ctx.actor;
  const responder: Tenant | null = merchant
    ? { kind: "merchant", shopId: merchant.shopId }
    : admin
      ? { kind: "admin" }
      : null;
  if (!responder) return problem(403, "FORBIDDEN", zh ? "无权导出工单" : "You may not export work orders");

  const params = new URL(req.url).searchParams;
  const parsed = exportWarningQueueInput.safeParse(parseQueueFilters(params));
  if (!parsed.success) return problem(400, "BAD_REQUEST", parsed.error.issues[0]?.message ?? "Bad request");

  const service = requestServiceContext(ctx, responder);
  const now = service.now;
  try {
    const { csv } = await exportWarningQueue(service, parsed.data);
    return new Response(csv, {
      status: 200,
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="work-orders-${stamp(now, merchant?.timeZone ?? DEFAULT_TIME_ZONE)}.csv"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof DomainError) return problem(400, error.code, error.text[ctx.locale]);
    throw error;
  }
}

/** yyyymmdd-hhmm in the shop's time zone. */
function stamp(date: Date, timeZone: string): string {
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
  return `${get("year")}${get("month")}${get("day")}-${get("hour")}${get("minute")}`;
}

function problem(status: number, code: string, message: string): Response {
  return Response.json({ code, message }, { status, headers: { "Cache-Control": "no-store" } });
}
