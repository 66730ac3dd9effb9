import { useTranslations } from "next-intl";
import Link from "next/link";
import type { InvoiceObligationStatus } from "@/server/domain/invoice-obligation";
import type { InvoiceObligationView } from "@/server/services/invoice-obligations/read";
import { Countdown } from "../countdown";
import { formatDateTime } from "../format";
import { Badge, type BadgeTone } from "../ui/badge";
import { Card } from "../ui/card";

const tone: Record<InvoiceObligationStatus, BadgeTone> = { open: "amber", fulfilled: "green", broken: "red" };

/**
 * DSP-INV-3: the dates the invoice is owed by — ordered by a judgment or agreed as a settlement —
 * with a live countdown while open, and whether it was kept. Shown to the consumer, the merchant
 * and the platform on invoice and dispute pages.
 */
export function ObligationCard(props: {
  obligations: readonly NonNullable<InvoiceObligationView>[];
  timeZone: string;
  serverNow: Date;
  disputeHref?: (disputeId: string) => string;
}) {
  const t = useTranslations("invoice.obligation");
  if (props.obligations.length === 0) return null;
  return (
    <Card title={t("title")}>
      <ul className="flex flex-col divide-y divide-gray-100" data-testid="invoice-obligations">
        {props.obligations.map((o) => (
          <li key={o.id} className="flex flex-col gap-1 py-2 text-sm first:pt-0 last:pb-0">
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={tone[o.status]}>{t(`status.${o.status}`)}</Badge>
              <span className="font-medium">{t(`source.${o.source}`)}</span>
              {o.status === "open" ? (
                <Countdown due={o.dueAt} serverNow={props.serverNow} timeZone={props.timeZone} />
              ) : null}
            </div>
            <p className="text-gray-700">
              {t("dueDay", { day: o.dueDay })}{" "}
              <span className="text-xs tabular-nums text-gray-500">({formatDateTime(o.dueAt, props.timeZone)})</span>
            </p>
            {o.status === "fulfilled" && o.invoiceNo ? (
              <p className="text-xs text-gray-600">{t("invoiceNo", { no: o.invoiceNo })}</p>
            ) : null}
            {o.status === "broken" ? (
              <p className="text-xs text-red-700">
                {o.invoicingParty === "merchant" ? t("brokenMerchant") : t("brokenPlatform")}
              </p>
            ) : null}
            {props.disputeHref ? (
              <Link href={props.disputeHref(o.disputeId)} className="text-xs text-blue-700 hover:underline">
                {t("dispute")}
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}
