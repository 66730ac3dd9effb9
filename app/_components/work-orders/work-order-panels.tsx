import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { WorkOrderDetail } from "@/server/services/work-orders/get-work-order";
import { Countdown } from "../countdown";
import { formatDateTime, formatFen } from "../format";
import { Badge } from "../ui/badge";
import { Card } from "../ui/card";
import { pick } from "./localized";

/** The deadline banner: who must act by when, live countdown, and what happens otherwise. */
export async function DeadlineBanner({ wo }: { wo: WorkOrderDetail }) {
  const t = await getTranslations("workOrder.case");
  const locale = await getLocale();
  if (!wo.dueAt || (wo.status !== "open" && wo.status !== "promised")) return null;
  const tz = wo.shop.timeZone;
  const party = t(`party.${wo.routedTo}`);
  const text =
    wo.status === "open"
      ? t("mustHandleBy", { party, time: formatDateTime(wo.dueAt, tz) })
      : t("promiseDue", { party, time: formatDateTime(wo.dueAt, tz) });
  return (
    <div className="flex flex-col gap-1 rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900 sm:flex-row sm:items-center sm:justify-between">
      <span className="font-medium">{text}</span>
      <Countdown due={wo.dueAt} serverNow={wo.now} timeZone={tz} className="self-start sm:self-auto" />
      {wo.status === "open" ? (
        <span className="basis-full text-xs text-amber-800">{pick(wo.policy.timeoutConsequence, locale)}</span>
      ) : null}
    </div>
  );
}

/** The case: the consumer's claim, who handles it and under which rules (ROL-1). */
export async function CasePanel({ wo }: { wo: WorkOrderDetail }) {
  const t = await getTranslations("workOrder");
  const locale = await getLocale();
  const tz = wo.shop.timeZone;
  const claim =
    wo.type === "urge_invoice" && wo.invoiceRequest
      ? t("case.claimUrge", { requestedAt: formatDateTime(wo.invoiceRequest.requestedAt, tz) })
      : (wo.claim ?? "—");
  return (
    <Card title={t("case.claim")}>
      <p className="mb-3 text-sm">{claim}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5 text-sm">
        <dt className="text-gray-500">{t("case.consumer")}</dt>
        <dd>{wo.consumer.name}</dd>
        <dt className="text-gray-500">{t("case.openedAt")}</dt>
        <dd className="tabular-nums">{formatDateTime(wo.openedAt, tz)}</dd>
        <dt className="text-gray-500">{t("case.routedTo")}</dt>
        <dd>{t(`case.routed.${wo.routedTo}`)}</dd>
        <dt className="text-gray-500">{t("case.policy")}</dt>
        <dd>{t("case.policyVersion", { name: pick(wo.policy.name, locale), version: wo.policy.version })}</dd>
        <dt className="text-gray-500">{t("case.timeoutConsequence")}</dt>
        <dd className="text-gray-700">{pick(wo.policy.timeoutConsequence, locale)}</dd>
      </dl>
    </Card>
  );
}

export async function InvoicePanel({ wo, href }: { wo: WorkOrderDetail; href?: string }) {
  const t = await getTranslations("workOrder.invoice");
  const req = wo.invoiceRequest;
  if (!req) return null;
  const tz = wo.shop.timeZone;
  return (
    <Card
      title={t("title")}
      actions={
        href ? (
          <Link href={href} className="text-sm text-blue-700 hover:underline">
            {t("view")}
          </Link>
        ) : undefined
      }
    >
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5 text-sm">
        <dt className="text-gray-500">{t("invoiceTitle")}</dt>
        <dd>{req.title}</dd>
        {req.taxId ? (
          <>
            <dt className="text-gray-500">{t("taxId")}</dt>
            <dd className="font-mono">{req.taxId}</dd>
          </>
        ) : null}
        <dt className="text-gray-500">{t("type")}</dt>
        <dd>
          {t(`types.${req.invoiceType}`)} {req.supplementary ? <Badge tone="purple">{t("supplementary")}</Badge> : null}
        </dd>
        <dt className="text-gray-500">{t("requestedAt")}</dt>
        <dd className="tabular-nums">{formatDateTime(req.requestedAt, tz)}</dd>
        <dt className="text-gray-500">{t("status")}</dt>
        <dd>
          <Badge tone={req.status === "issued" ? "green" : req.status === "refused" ? "red" : "amber"}>
            {t(`statuses.${req.status}`)}
          </Badge>
        </dd>
        {req.invoiceNo ? (
          <>
            <dt className="text-gray-500">{t("invoiceNo")}</dt>
            <dd className="font-mono">{req.invoiceNo}</dd>
          </>
        ) : null}
        {req.invoiceFileId ? (
          <>
            <dt className="text-gray-500">{t("file")}</dt>
            <dd>
              <a href={`/api/files/${req.invoiceFileId}`} className="text-blue-700 hover:underline">
                {t("download")}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
    </Card>
  );
}

export async function OrderPanel({ wo, href }: { wo: WorkOrderDetail; href: string }) {
  const t = await getTranslations("workOrder.order");
  const tz = wo.shop.timeZone;
  return (
    <Card
      title={t("title")}
      actions={
        <Link href={href} className="text-sm text-blue-700 hover:underline">
          {t("view")}
        </Link>
      }
    >
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5 text-sm">
        <dt className="text-gray-500">{t("orderNo")}</dt>
        <dd className="font-mono">{wo.order.orderNo}</dd>
        <dt className="text-gray-500">{t("amount")}</dt>
        <dd className="tabular-nums">{formatFen(wo.order.amountFen)}</dd>
        <dt className="text-gray-500">{t("completedAt")}</dt>
        <dd className="tabular-nums">{wo.order.completedAt ? formatDateTime(wo.order.completedAt, tz) : "—"}</dd>
      </dl>
    </Card>
  );
}

/** What was replied (INV-5), whether on time, and how it ended (INV-6/INV-7). */
export async function OutcomePanel({ wo }: { wo: WorkOrderDetail }) {
  const t = await getTranslations("workOrder.outcome");
  const locale = await getLocale();
  const tz = wo.shop.timeZone;
  const reply = wo.reply;
  const option = reply ? wo.policy.resolutions.find((r) => r.key === reply.resolution) : undefined;
  const ending =
    wo.status === "expired"
      ? t("expired")
      : wo.status === "broken"
        ? t("broken")
        : wo.status === "resolved" && reply?.resolution === "agreed_invoice_date"
          ? t("kept")
          : null;
  return (
    <Card title={t("title")}>
      {!reply && !ending ? <p className="text-sm text-gray-500">{t("none")}</p> : null}
      {ending ? (
        <p className={`mb-3 text-sm font-medium ${wo.status === "resolved" ? "text-green-700" : "text-red-700"}`}>
          {ending}
        </p>
      ) : null}
      {reply ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5 text-sm">
          <dt className="text-gray-500">{t("resolution")}</dt>
          <dd className="font-medium">{option ? pick(option.label, locale) : reply.resolution}</dd>
          {wo.repliedAt ? (
            <>
              <dt className="text-gray-500">{t("repliedAt")}</dt>
              <dd className="tabular-nums">
                {formatDateTime(wo.repliedAt, tz)}{" "}
                {wo.replyOnTime === null ? null : (
                  <Badge tone={wo.replyOnTime ? "green" : "red"}>{wo.replyOnTime ? t("onTime") : t("late")}</Badge>
                )}
              </dd>
            </>
          ) : null}
          {reply.promisedAt ? (
            <>
              <dt className="text-gray-500">{t("promisedAt")}</dt>
              <dd className="tabular-nums">{formatDateTime(reply.promisedAt, tz)}</dd>
            </>
          ) : null}
          {reply.invoiceNo ? (
            <>
              <dt className="text-gray-500">{t("invoiceNo")}</dt>
              <dd className="font-mono">{reply.invoiceNo}</dd>
            </>
          ) : null}
          {reply.note ? (
            <>
              <dt className="text-gray-500">{t("note")}</dt>
              <dd className="whitespace-pre-wrap">{reply.note}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
    </Card>
  );
}
