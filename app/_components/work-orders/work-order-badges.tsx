import { useTranslations } from "next-intl";
import type { UrgencyTier } from "@/server/domain/deadlines";
import type { WorkOrderStatus } from "@/server/domain/work-order";
import { Badge, type BadgeTone } from "../ui/badge";

const statusTone: Record<WorkOrderStatus, BadgeTone> = {
  open: "amber",
  promised: "blue",
  resolved: "green",
  expired: "red",
  broken: "red",
  reviewing: "purple",
  judging: "purple",
};

export function WorkOrderStatusBadge({ status }: { status: WorkOrderStatus }) {
  const t = useTranslations("workOrder.statuses");
  return <Badge tone={statusTone[status]}>{t(status)}</Badge>;
}

/** Chip colours per urgency tier, matching <Countdown>. */
export const urgencyChipClass: Record<UrgencyTier, { on: string; off: string }> = {
  overdue: { on: "bg-red-600 text-white ring-red-600", off: "bg-white text-red-700 ring-red-300" },
  under_2h: { on: "bg-red-500 text-white ring-red-500", off: "bg-red-50 text-red-700 ring-red-200" },
  under_6h: { on: "bg-orange-500 text-white ring-orange-500", off: "bg-orange-50 text-orange-700 ring-orange-200" },
  under_24h: { on: "bg-amber-500 text-white ring-amber-500", off: "bg-amber-50 text-amber-800 ring-amber-200" },
  later: { on: "bg-gray-700 text-white ring-gray-700", off: "bg-gray-50 text-gray-700 ring-gray-200" },
};
