import { ChevronRight } from "lucide-react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { getCaller } from "@/app/_trpc/server";
import { isUnpaidOrder } from "@/server/domain/order";
import { formatDateTime } from "../format";
import { Badge } from "../ui/badge";
import { Card } from "../ui/card";
import { InvoiceRequestForm } from "./invoice-request-form";
import { InvoiceStatusBadge } from "./invoice-status-badge";

/** INV-1: the 发票 card under a consumer's order: the request form, or the request's status. */
export async function OrderInvoiceCard({ orderId, timeZone }: { orderId: string; timeZone: string }) {
  const t = await getTranslations("invoice");
  const { invoice, canRequest, wouldBeSupplementary, orderStatus } = await (
    await getCaller()
  ).invoice.consumer.forOrder({ orderId });
  return (
    <Card title={t("card.title")}>
      <div className="flex flex-col gap-4">
        {invoice ? (
          <Link
            href={`/invoices/${invoice.id}`}
            className="flex items-center gap-3 rounded-md border border-gray-200 p-3 text-sm hover:bg-gray-50"
          >
            <span className="min-w-0 flex-1">
              <span className="flex flex-wrap items-center gap-2">
                <InvoiceStatusBadge status={invoice.status} />
                {invoice.supplementary ? <Badge tone="purple">{t("supplementary")}</Badge> : null}
                <span className="truncate font-medium">{invoice.title}</span>
              </span>
              <span className="mt-1 block text-xs text-gray-500">
                {t(`types.${invoice.invoiceType}`)} · {t("fields.requestedAt")}{" "}
                {formatDateTime(invoice.requestedAt, timeZone)}
                {invoice.invoiceNo ? ` · ${t("fields.invoiceNo")} ${invoice.invoiceNo}` : ""}
              </span>
            </span>
            <span className="inline-flex shrink-0 items-center text-blue-700">
              {t("card.view")}
              <ChevronRight className="size-4" aria-hidden />
            </span>
          </Link>
        ) : isUnpaidOrder(orderStatus) ? (
          <p className="text-sm text-gray-500">{t("card.unpaid")}</p>
        ) : orderStatus === "cancelled" ? (
          <p className="text-sm text-gray-500">{t("card.cancelled")}</p>
        ) : (
          <p className="text-sm text-gray-500">{t("card.none")}</p>
        )}
        {canRequest ? (
          <div className="flex flex-col gap-2">
            {invoice ? <p className="text-sm text-gray-700">{t("card.again")}</p> : null}
            <InvoiceRequestForm orderId={orderId} supplementary={wouldBeSupplementary} />
          </div>
        ) : null}
      </div>
    </Card>
  );
}
