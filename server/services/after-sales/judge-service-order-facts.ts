import { and, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { auditEvents, serviceOrderDeadlines } from "@/db/schema";
import { serviceOrderStatuses, type ServiceOrderStatus } from "@/server/domain/after-sales";
import { DomainError } from "@/server/domain/errors";
import { escalationOriginOf, type EscalationOrigin } from "@/server/domain/service-order-judgment";

const isStatus = (s: string | null): s is ServiceOrderStatus =>
  s !== null && (serviceOrderStatuses as readonly string[]).includes(s);

/** AS-8: where the case came from — the status of its latest escalation (the audit's from-state). */
export async function escalationOrigin(db: DbOrTx, serviceOrderId: string): Promise<EscalationOrigin | null> {
  const [event] = await db
    .select({ from: auditEvents.fromState })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.recordType, "service_order"),
        eq(auditEvents.recordId, serviceOrderId),
        eq(auditEvents.action, "service_order.escalated"),
      ),
    )
    .orderBy(desc(auditEvents.at), desc(auditEvents.seq))
    .limit(1);
  const from = event?.from ?? null;
  return escalationOriginOf(isStatus(from) ? from : null);
}

/**
 * The merchant's time left when the case went to the platform: the deadline the escalation
 * voided (due − settled). A decision sending it back to repairing gives that time back.
 */
export async function msLeftAtEscalation(db: DbOrTx, serviceOrderId: string): Promise<number> {
  const [voided] = await db
    .select({ dueAt: serviceOrderDeadlines.dueAt, settledAt: serviceOrderDeadlines.settledAt })
    .from(serviceOrderDeadlines)
    .where(and(eq(serviceOrderDeadlines.serviceOrderId, serviceOrderId), eq(serviceOrderDeadlines.outcome, "void")))
    .orderBy(desc(serviceOrderDeadlines.settledAt))
    .limit(1);
  if (!voided?.settledAt) return 0;
  return Math.max(0, voided.dueAt.getTime() - voided.settledAt.getTime());
}

export const decisionNotOpen = (decision: string, open: readonly string[]) =>
  new DomainError(
    "BAD_REQUEST",
    "AS_DECISION_NOT_OPEN",
    {
      "zh-CN": "该判定不适用于此售后案件所处的环节",
      en: "This decision does not fit the stage this after-sales case came from",
    },
    { decision, open },
  );

export const agreedResultNotOpen = () =>
  new DomainError("BAD_REQUEST", "AS_AGREED_RESULT_NOT_OPEN", {
    "zh-CN": "该判定不能指定处理结果,或所选结果不适用于此服务单",
    en: "This decision cannot name a result, or the result does not fit this service order",
  });

export const refundAmountNotOpen = () =>
  new DomainError("BAD_REQUEST", "AS_REFUND_AMOUNT_NOT_OPEN", {
    "zh-CN": "仅「平台退款」判定可填写退款金额",
    en: "Only a refund decision takes a refund amount",
  });

export const refundAboveBase = (baseFen: number) =>
  new DomainError(
    "BAD_REQUEST",
    "AS_REFUND_ABOVE_GOODS",
    {
      "zh-CN": "退款金额不能超过商品金额及订单可退金额",
      en: "The refund cannot exceed the goods amount or what is still refundable on the order",
    },
    { baseFen },
  );
