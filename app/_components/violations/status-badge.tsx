import { useTranslations } from "next-intl";
import type { ViolationStatus } from "@/server/domain/violation";
import { Badge, type BadgeTone } from "../ui/badge";

const tones: Record<ViolationStatus, BadgeTone> = {
  pending: "amber",
  appealed: "blue",
  effective: "red",
  overturned: "green",
};

/** VIO-1..3: a ticket's status (待确认 / 申诉中 / 已生效 / 已撤销). */
export function ViolationStatusBadge({ status }: { status: ViolationStatus }) {
  const t = useTranslations("violation.statuses");
  return (
    <span data-testid="violation-status" data-status={status}>
      <Badge tone={tones[status]}>{t(status)}</Badge>
    </span>
  );
}
