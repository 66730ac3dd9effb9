import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { DisputeEntryCard } from "@/app/_components/invoices/dispute-entry-card";
import { InvoiceFacts } from "@/app/_components/invoices/invoice-facts";
import { InvoiceLinksCard } from "@/app/_components/invoices/invoice-links-card";
import { ObligationCard } from "@/app/_components/invoices/obligation-card";
import { InvoiceStatusBadge } from "@/app/_components/invoices/invoice-status-badge";
import { UrgeEntryCard } from "@/app/_components/invoices/urge-entry-card";
import { Timeline } from "@/app/_components/timeline";
import { Card } from "@/app/_components/ui/card";
import { getCaller, getContext, orNotFound } from "@/app/_trpc/server";

export const metadata = { title: "发票详情" };

/** INV-3/INV-8: the consumer's invoice detail page (发票详情). */
export default async function ConsumerInvoicePage({ params }: { params: Promise<{ invoiceId: string }> }) {
  const { invoiceId } = await params;
  const t = await getTranslations("invoice");
  const invoice = await orNotFound((await getCaller()).invoice.consumer.get({ invoiceId }));
  const serverNow = (await getContext()).now();
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-2">
        <Link href={`/orders/${invoice.order.id}`} className="text-sm text-gray-500 hover:underline">
          {t("backToOrder")} <span className="font-mono">{invoice.order.orderNo}</span> /
        </Link>
        <h1 className="text-lg font-semibold">{t("detailTitle")}</h1>
        <InvoiceStatusBadge status={invoice.status} />
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="flex flex-col gap-4 lg:col-span-2">
          <InvoiceFacts invoice={invoice} viewer="consumer" />
          <UrgeEntryCard invoice={invoice} serverNow={serverNow} />
          <DisputeEntryCard invoice={invoice} />
          <ObligationCard
            obligations={invoice.obligations}
            timeZone={invoice.shop.timeZone}
            serverNow={serverNow}
            disputeHref={(id) => `/disputes/${id}`}
          />
          <InvoiceLinksCard invoice={invoice} serverNow={serverNow} />
        </div>
        <Card title={t("timeline")}>
          <Timeline entries={invoice.timeline} timeZone={invoice.shop.timeZone} />
        </Card>
      </div>
    </div>
  );
}
