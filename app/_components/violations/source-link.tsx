import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ViolationSource } from "@/server/services/violations/sources";

export type ViolationAudience = "merchant" | "admin";

/** Where a ticket's source lives for this audience; null for tickets raised by hand. */
export function sourceHref(source: ViolationSource | null, audience: ViolationAudience): string | null {
  if (!source) return null;
  if (source.disputeId)
    return audience === "merchant"
      ? `/merchant/disputes/${source.disputeId}`
      : `/admin/adjudication/dispute/${source.disputeId}`;
  if (source.workOrderId) return `/${audience}/work-orders/${source.workOrderId}`;
  // AS-6: the merchant's after-sales page (platform staff have no after-sales page yet).
  if (source.serviceOrderId && audience === "merchant") return `/merchant/after-sales/${source.serviceOrderId}`;
  return null;
}

/** VIO-1: the ticket's source — the work order, dispute or service order it came from, one click away. */
export function SourceLink({
  source,
  audience,
  compact = false,
}: {
  source: ViolationSource | null;
  audience: ViolationAudience;
  compact?: boolean;
}) {
  const t = useTranslations("violation");
  const href = sourceHref(source, audience);
  if (source?.serviceNo)
    return (
      <span className="inline-flex flex-wrap items-baseline gap-x-1.5">
        {href ? (
          <Link href={href} className="text-blue-700 hover:underline" data-testid="violation-source-link">
            {compact ? t("sources.service_order") : t("detail.openServiceOrder")}
          </Link>
        ) : (
          <span>{t("sources.service_order")}</span>
        )}
        <span className="font-mono text-xs text-gray-500">{source.serviceNo}</span>
      </span>
    );
  if (!source || !href)
    return <span className="text-gray-500">{compact ? t("sources.admin") : t("detail.noSource")}</span>;
  const kind = source.disputeId ? "dispute" : "work_order";
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-1.5">
      <Link href={href} className="text-blue-700 hover:underline" data-testid="violation-source-link">
        {compact ? t(`sources.${kind}`) : kind === "dispute" ? t("detail.openDispute") : t("detail.openWorkOrder")}
      </Link>
      {source.orderNo ? (
        <span className="font-mono text-xs text-gray-500">{t("detail.orderNo", { orderNo: source.orderNo })}</span>
      ) : null}
      {source.evidenceItemId ? <span className="text-xs text-gray-500">{t("detail.forgedEvidence")}</span> : null}
    </span>
  );
}
