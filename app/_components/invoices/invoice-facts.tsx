import { Download, Eye } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { InvoiceDetail } from "@/server/services/invoices/get-invoice";
import { formatDateTime } from "../format";
import { Badge } from "../ui/badge";
import { Card } from "../ui/card";

/** INV-1/2: what was requested and what came of it, in the shop's time zone. */
export async function InvoiceFacts({
  invoice,
  viewer,
}: {
  invoice: InvoiceDetail;
  viewer: "consumer" | "merchant" | "admin";
}) {
  const t = await getTranslations("invoice");
  const tz = invoice.shop.timeZone;
  const rows: [string, ReactNode][] = [
    [t("fields.title"), invoice.title],
    [
      t("fields.taxId"),
      <span key="tax" className="font-mono">
        {invoice.taxId ?? "—"}
      </span>,
    ],
    [t("fields.type"), t(`types.${invoice.invoiceType}`)],
    [t("fields.requestedAt"), formatDateTime(invoice.requestedAt, tz)],
    [t("fields.party"), t(`parties.${invoice.invoicingParty}`)],
  ];
  if (viewer !== "consumer") rows.push([t("fields.consumer"), invoice.consumer.name]);
  if (viewer !== "merchant") rows.push([t("fields.shop"), invoice.shop.name]);
  if (invoice.status === "issued") {
    rows.push([
      t("fields.invoiceNo"),
      <span key="no" className="font-mono">
        {invoice.invoiceNo ?? "—"}
      </span>,
    ]);
    if (invoice.issuedAt) rows.push([t("fields.issuedAt"), formatDateTime(invoice.issuedAt, tz)]);
    if (invoice.file) {
      rows.push([
        t("fields.file"),
        <span key="file" className="flex flex-wrap items-center gap-3">
          <a
            href={`/api/files/${invoice.file.id}`}
            className="inline-flex items-center gap-1 text-blue-700 hover:underline"
          >
            <Download className="size-4" aria-hidden />
            {t("download")}
          </a>
          {invoice.file.kind === "pdf" ? (
            <a
              href={`/api/files/${invoice.file.id}?inline=1`}
              target="_blank"
              rel="noopener"
              className="inline-flex items-center gap-1 text-gray-600 hover:underline"
            >
              <Eye className="size-4" aria-hidden />
              {t("preview")}
            </a>
          ) : null}
          <span className="text-xs break-all text-gray-500">{invoice.file.name}</span>
        </span>,
      ]);
    }
  }
  if (invoice.status === "refused") {
    if (invoice.refusedAt) rows.push([t("fields.refusedAt"), formatDateTime(invoice.refusedAt, tz)]);
    rows.push([
      t("fields.refuseReason"),
      <span key="reason" className="text-red-700">
        {invoice.refuseReason ?? "—"}
      </span>,
    ]);
  }
  return (
    <Card
      title={t("fields.info")}
      actions={invoice.supplementary ? <Badge tone="purple">{t("supplementary")}</Badge> : null}
    >
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-gray-500">{label}</dt>
            <dd className="min-w-0 break-words">{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
