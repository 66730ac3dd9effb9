import type { ServiceRequirement } from "@/server/domain/after-sales";
import { serviceTrack } from "@/server/domain/after-sales";
import { approvalEvent } from "@/server/domain/machines/service-order";
import { actingOf } from "../acting";
import {
  notifyServiceOrderApproved,
  notifyServiceOrderVisitScheduled,
} from "../notifications/after-sales-notifications";
import type { ServiceContext } from "../service-context";
import type { ApproveServiceOrderInput } from "./approve-service-order-input";
import { onServiceOrder } from "./locked";
import { serviceOrderStale, visitWindowInvalid } from "./service-order-errors";
import { assertBeforeTimeout, moveServiceOrder } from "./service-order-writes";

function requirementsOf(input: ApproveServiceOrderInput, goods: boolean): ServiceRequirement[] {
  const list: ServiceRequirement[] = [];
  if (goods && input.noCodReturn) list.push({ code: "no_cod_return" });
  if (goods && input.returnAddress) list.push({ code: "return_address", params: { address: input.returnAddress } });
  if (goods && input.includeAccessories) list.push({ code: "include_accessories" });
  if (!goods && input.visitFrom && input.visitTo)
    list.push({
      code: "visit_window",
      params: { from: input.visitFrom.toISOString(), to: input.visitTo.toISOString() },
    });
  return list;
}

/**
 * AS-2: the merchant approves within the review window (24h for 七天无理由, else 48h) with a
 * written opinion and requirements (「运费不得到付」, return address, accessories; a visit window
 * for on-site work). At the due instant the review timeout applies instead (AS_DEADLINE_PASSED).
 */
export async function approveServiceOrder(ctx: ServiceContext, input: ApproveServiceOrderInput) {
  const { now } = ctx;
  const by = actingOf(ctx);
  return onServiceOrder(ctx, "merchant", input.serviceOrderId, async (tx, row) => {
    if (row.status !== "pending_review") throw serviceOrderStale(row.status, "approve");
    assertBeforeTimeout(row, now);
    const goods = serviceTrack(row.type, row.repairMode) === "goods";
    const window = !goods && input.visitFrom && input.visitTo ? { from: input.visitFrom, to: input.visitTo } : null;
    if (window && window.from.getTime() < now.getTime()) throw visitWindowInvalid();
    const requirements = requirementsOf(input, goods);
    let moved = await moveServiceOrder(tx, row, {
      event: approvalEvent(serviceTrack(row.type, row.repairMode)),
      by,
      action: "approved",
      now,
      changes: { approvedAt: now, approvedBy: by.userId ?? "merchant", reviewOpinion: input.opinion, requirements },
      payload: { requirements: requirements.map((r) => r.code) },
    });
    await notifyServiceOrderApproved(tx, moved.row, "merchant", now);
    if (window) {
      moved = await moveServiceOrder(tx, moved.row, {
        event: "schedule_visit",
        by,
        action: "visit_scheduled",
        now,
        deadline: { kind: "keep" },
        changes: { visitFrom: window.from, visitTo: window.to },
        payload: { from: window.from.toISOString(), to: window.to.toISOString() },
      });
      await notifyServiceOrderVisitScheduled(tx, moved.row, window, now);
    }
    return { id: moved.row.id, status: moved.row.status, dueAt: moved.row.dueAt };
  });
}
