import { useTranslations } from "next-intl";
import type { CancelOrderStatus, CancelReason, InterceptionStatus } from "@/server/domain/cancel-order";
import { Badge, type BadgeTone } from "../ui/badge";

const statusTone: Record<CancelOrderStatus, BadgeTone> = {
  pending: "amber",
  logistics_pending: "blue",
  intercepting: "purple",
  interception_failed: "red",
  refund_succeeded: "green",
  rejected: "gray",
  closed: "gray",
};

/** DSP-CXL-6: a cancel order's review status (审核状态). */
export function CancelStatusBadge({ status }: { status: CancelOrderStatus }) {
  const t = useTranslations("cancelOrder.statuses");
  return <Badge tone={statusTone[status]}>{t(status)}</Badge>;
}

/** DSP-CXL-6: the reason, marked when a dispute plan raised it (直接退款 / 48H物流拦截 纠纷方案). */
export function CancelReasonLabel({ reason }: { reason: CancelReason }) {
  const t = useTranslations("cancelOrder.reasons");
  const byPlan = reason === "dispute_direct_refund" || reason === "dispute_interception";
  return byPlan ? <Badge tone="purple">{t(reason)}</Badge> : <span>{t(reason)}</span>;
}

const interceptionTone: Record<InterceptionStatus, BadgeTone> = {
  requested: "purple",
  succeeded: "green",
  failed: "red",
};

export function InterceptionBadge({ status }: { status: InterceptionStatus }) {
  const t = useTranslations("cancelOrder.interceptionStatuses");
  return <Badge tone={interceptionTone[status]}>{t(status)}</Badge>;
}
