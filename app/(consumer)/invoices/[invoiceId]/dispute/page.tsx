import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/app/_components/disputes/localized";
import { OpenDisputeForm } from "@/app/_components/disputes/open-dispute-form";
import { formatDateTime, formatFen } from "@/app/_components/format";
import { searchParamsReader, type SearchParams } from "@/app/_components/search-params";
import { Card } from "@/app/_components/ui/card";
import { getCaller, orNotFound } from "@/app/_trpc/server";
import { HOUR_MS } from "@/server/domain/time";

export const metadata = { title: "发起纠纷" };

const scenarios = ["invoice_refused", "invoice_urged"] as const;

/** DSP-1: the consumer opens an invoice dispute — told first who answers, how fast, and what follows. */
export default async function OpenInvoiceDisputePage({
  params,
  searchParams,
}: {
  params: Promise<{ invoiceId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { invoiceId } = await params;
  const wanted = searchParamsReader(await searchParams).get("scenario");
  const scenario = scenarios.find((s) => s === wanted);
  if (!scenario) notFound();
  const options = await orNotFound((await getCaller()).dispute.consumer.openable({ invoiceId, scenario }));
  const t = await getTranslations("dispute");
  const locale = await getLocale();
  const { invoice, order, policy } = options;
  const tz = order?.timeZone ?? "Asia/Shanghai";
  const party = t(`parties.${invoice.invoicingParty}`);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <Link href={`/invoices/${invoice.id}`} className="text-sm text-blue-700 hover:underline">
        ← {t("open.backToInvoice")}
      </Link>
      <h1 className="text-lg font-semibold">
        {scenario === "invoice_refused" ? t("open.refusedTitle") : t("open.urgedTitle")}
      </h1>
      <Card title={t("case.invoice")}>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
          {order ? (
            <>
              <dt className="text-gray-500">{t("case.order")}</dt>
              <dd className="font-mono">{order.orderNo}</dd>
              <dt className="text-gray-500">{t("case.shop")}</dt>
              <dd>{order.shopName}</dd>
              <dt className="text-gray-500">{t("case.amount")}</dt>
              <dd className="tabular-nums">{formatFen(order.amountFen)}</dd>
            </>
          ) : null}
          <dt className="text-gray-500">{t("case.invoiceTitle")}</dt>
          <dd>{invoice.title}</dd>
          <dt className="text-gray-500">{t("case.invoiceStatus")}</dt>
          <dd>{t(`case.invoiceStatuses.${invoice.status}`)}</dd>
          <dt className="text-gray-500">{t("case.requestedAt")}</dt>
          <dd className="tabular-nums">{formatDateTime(invoice.requestedAt, tz)}</dd>
          {invoice.refuseReason ? (
            <>
              <dt className="text-gray-500">{t("case.refuseReason")}</dt>
              <dd>{invoice.refuseReason}</dd>
            </>
          ) : null}
          <dt className="text-gray-500">{t("case.policy")}</dt>
          <dd>{localized(policy.name, locale)}</dd>
        </dl>
      </Card>
      <Card title={t("open.nextTitle")}>
        <div className="flex flex-col gap-2 text-sm text-gray-700">
          {policy.judgedDirectly ? (
            <p>{t("open.nextUrged")}</p>
          ) : (
            <>
              <p>{t("open.nextRefused", { party, hours: Math.round(policy.answerWindowMs / HOUR_MS) })}</p>
              <p>{t("open.nextConfirm", { hours: Math.round(policy.confirmWindowMs / HOUR_MS) })}</p>
            </>
          )}
        </div>
      </Card>
      <Card title={t("open.title")}>
        {options.liveDisputeId ? (
          <p className="flex flex-wrap items-center gap-2 text-sm">
            {t("open.live")}
            <Link href={`/disputes/${options.liveDisputeId}`} className="text-blue-700 hover:underline">
              {t("open.viewLive")} →
            </Link>
          </p>
        ) : options.available ? (
          <OpenDisputeForm invoiceId={invoice.id} scenario={scenario} />
        ) : (
          <p className="text-sm text-gray-600">
            {t("open.unavailable")}
            {options.unavailableReason ? `:${localized(options.unavailableReason, locale)}` : ""}
          </p>
        )}
      </Card>
    </div>
  );
}
