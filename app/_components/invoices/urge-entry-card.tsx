import { ChevronRight, Clock } from "lucide-react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { InvoiceDetail } from "@/server/services/invoices/get-invoice";
import { UrgeInvoiceButton } from "../work-orders/urge-invoice-button";
import { formatDateTime } from "../format";
import { Card } from "../ui/card";

/**
 * INV-3/INV-4: the consumer's 催开票 entry. The button shows only when the server says the
 * consumer may urge now; before that, when the entry opens (shop time zone); while an urge
 * work order is open, that it is being handled. Nothing for issued or refused invoices.
 */
export async function UrgeEntryCard({
  invoice,
  serverNow,
}: {
  invoice: Pick<InvoiceDetail, "id" | "status" | "urge" | "shop">;
  serverNow: Date;
}) {
  if (invoice.status !== "requested") return null;
  const t = await getTranslations("invoice");
  const { urge } = invoice;
  let body;
  if (urge.canUrgeNow) {
    body = (
      <div className="flex flex-col items-start gap-2">
        <p className="text-sm text-gray-700">{t("urge.hint")}</p>
        <UrgeInvoiceButton invoiceRequestId={invoice.id} />
      </div>
    );
  } else if (urge.openWorkOrderId) {
    body = (
      <Link
        href={`/work-orders/${urge.openWorkOrderId}`}
        className="flex items-center gap-2 rounded-md bg-blue-50 px-3 py-2 text-sm text-blue-800 hover:bg-blue-100"
      >
        <Clock className="size-4 shrink-0" aria-hidden />
        <span className="flex-1">{t("urge.handling")}</span>
        <span className="inline-flex items-center">
          {t("urge.viewWorkOrder")}
          <ChevronRight className="size-4" aria-hidden />
        </span>
      </Link>
    );
  } else if (urge.availableAt && urge.availableAt.getTime() > serverNow.getTime()) {
    body = (
      <p className="text-sm text-gray-700">
        {t("urge.availableFrom", { time: formatDateTime(urge.availableAt, invoice.shop.timeZone) })}
      </p>
    );
  } else {
    body = <p className="text-sm text-gray-500">{t("urge.notYet")}</p>;
  }
  return <Card title={t("urge.title")}>{body}</Card>;
}
