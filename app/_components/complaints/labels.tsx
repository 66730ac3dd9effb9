import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "../ui/badge";
import type { ComplaintStatus } from "./types";

const statusTone: Record<ComplaintStatus, BadgeTone> = {
  pending_review: "amber",
  upheld: "red",
  dismissed: "gray",
  needs_material: "blue",
  closed: "gray",
};

/** A complaint's status (投诉状态). */
export function ComplaintStatusBadge({ status }: { status: ComplaintStatus }) {
  const t = useTranslations("complaint.statuses");
  return <Badge tone={statusTone[status]}>{t(status)}</Badge>;
}
