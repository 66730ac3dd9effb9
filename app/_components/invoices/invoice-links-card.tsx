import { ChevronRight } from "lucide-react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { DisputeStatus } from "@/server/domain/dispute";
import type { WorkOrderStatus } from "@/server/domain/work-order";
import type { InvoiceDetail } from "@/server/services/invoices/get-invoice";
import { Countdown } from "../countdown";
import { formatDateTime } from "../format";
import { Badge, type BadgeTone } from "../ui/badge";
import { Card } from "../ui/card";

const woTone: Record<WorkOrderStatus, BadgeTone> = {
  open: "amber",
  promised: "blue",
  resolved: "green",
  expired: "red",
  broken: "red",
  reviewing: "purple",
  judging: "purple",
};
const disputeTone: Record<DisputeStatus, BadgeTone> = {
  awaiting_merchant: "amber",
  awaiting_consumer: "blue",
  platform_judging: "purple",
  settled: "green",
  judged: "gray",
};

/** INV-8: the invoice's work orders and disputes, their progress, one click from each. */
export async function InvoiceLinksCard({
  invoice,
  serverNow,
}: {
  invoice: Pick<InvoiceDetail, "workOrders" | "disputes" | "shop">;
  serverNow: Date;
}) {
  const t = await getTranslations("invoice");
  const tz = invoice.shop.timeZone;
  const empty = invoice.workOrders.length === 0 && invoice.disputes.length === 0;
  return (
    <Card title={t("links.title")}>
      {empty ? (
        <p className="text-sm text-gray-500">{t("links.none")}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-gray-100">
          {invoice.workOrders.map((w) => (
            <li key={w.id}>
              <Link href={w.href} className="flex items-center gap-3 py-2.5 text-sm hover:bg-gray-50">
                <span className="min-w-0 flex-1">
                  <span className="flex flex-wrap items-center gap-2">
                    <span className="font-medium">{t(`woTypes.${w.type}`)}</span>
                    <Badge tone={woTone[w.status]}>{t(`woStatuses.${w.status}`)}</Badge>
                    {w.live && w.dueAt ? <Countdown due={w.dueAt} serverNow={serverNow} timeZone={tz} /> : null}
                  </span>
                  <span className="mt-0.5 block text-xs text-gray-500">
                    {t("links.openedAt", { time: formatDateTime(w.openedAt, tz) })}
                    {w.resolution
                      ? ` · ${t("links.resolution")}: ${t.has(`resolutions.${w.resolution}`) ? t(`resolutions.${w.resolution}`) : w.resolution}`
                      : ""}
                  </span>
                </span>
                <ChevronRight className="size-4 shrink-0 text-gray-500" aria-label={t("links.view")} />
              </Link>
            </li>
          ))}
          {invoice.disputes.map((d) => (
            <li key={d.id}>
              <Link href={d.href} className="flex items-center gap-3 py-2.5 text-sm hover:bg-gray-50">
                <span className="min-w-0 flex-1">
                  <span className="flex flex-wrap items-center gap-2">
                    <span className="font-medium">{t(`scenarios.${d.scenario}`)}</span>
                    <Badge tone={disputeTone[d.status]}>{t(`disputeStatuses.${d.status}`)}</Badge>
                    {d.dueAt ? <Countdown due={d.dueAt} serverNow={serverNow} timeZone={tz} /> : null}
                  </span>
                  <span className="mt-0.5 block text-xs text-gray-500">
                    {t("links.openedAt", { time: formatDateTime(d.openedAt, tz) })}
                  </span>
                </span>
                <ChevronRight className="size-4 shrink-0 text-gray-500" aria-label={t("links.view")} />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
