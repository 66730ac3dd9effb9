import { useTranslations } from "next-intl";
import type { InvoiceStatus } from "@/server/domain/invoice";
import { Badge, type BadgeTone } from "../ui/badge";

const tone: Record<InvoiceStatus, BadgeTone> = { requested: "amber", issued: "green", refused: "red" };

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  const t = useTranslations("invoice.statuses");
  return <Badge tone={tone[status]}>{t(status)}</Badge>;
}
