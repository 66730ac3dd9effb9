import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { InvoiceDetail } from "@/server/services/invoices/get-invoice";
import { formatDateTime } from "../format";
import { OrderStatusBadge } from "../order-status-badge";
import { Timeline } from "../timeline";
import { Badge } from "../ui/badge";
import { Card } from "../ui/card";
import { InvoiceDecisionForms, type InvoicingAudience } from "./invoice-decision-forms";
import { InvoiceFacts } from "./invoice-facts";
import { InvoiceLinksCard } from "./invoice-links-card";
import { InvoiceStatusBadge } from "./invoice-status-badge";
import { ObligationCard } from "./obligation-card";

/**
 * The invoicing party's view of one request (merchant for SOP, platform for FBP): the request,
 * the issue/refuse forms while it waits, its work orders and disputes, and its timeline.
 * `canDecide` is false for an admin looking at a merchant-invoiced request (view only, SHOP-1).
 */
export async function InvoiceWorkbenchDetail(props: {
  invoice: InvoiceDetail;
  audience: InvoicingAudience;
  serverNow: Date;
  canDecide: boolean;
}) {
  const { invoice, audience, serverNow, canDecide } = props;
  const t = await getTranslations("invoice");
  const tz = invoice.shop.timeZone;
  const base = audience === "merchant" ? "/merchant" : "/admin";
  const orderHref =
    audience === "merchant"
      ? `/merchant/orders/${invoice.order.id}`
      : `/admin/shops/${invoice.shop.id}/orders/${invoice.order.id}`;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-2">
        <Link href={`${base}/invoices`} className="text-sm text-gray-500 hover:underline">
          {audience === "merchant" ? t("manageTitle") : t("platformTitle")} /
        </Link>
        <h1 className="text-lg font-semibold">{t("detailTitle")}</h1>
        <InvoiceStatusBadge status={invoice.status} />
        {invoice.urge.openWorkOrderId ? <Badge tone="red">{t("list.urgeOpen")}</Badge> : null}
        {invoice.urge.availableAt &&
        invoice.status === "requested" &&
        invoice.urge.availableAt.getTime() <= serverNow.getTime() ? (
          <Badge tone="amber">{t("list.overdue")}</Badge>
        ) : null}
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="flex flex-col gap-4 lg:col-span-2">
          <InvoiceFacts invoice={invoice} viewer={audience} />
          <Card title={t("fields.orderNo")}>
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <Link href={orderHref} className="font-mono text-blue-700 hover:underline">
                {invoice.order.orderNo}
              </Link>
              <OrderStatusBadge status={invoice.order.status} />
              {invoice.order.completedAt ? (
                <span className="text-xs text-gray-500">{formatDateTime(invoice.order.completedAt, tz)}</span>
              ) : null}
            </div>
          </Card>
          {invoice.status === "requested" && canDecide ? (
            <InvoiceDecisionForms invoiceId={invoice.id} audience={audience} />
          ) : invoice.status !== "requested" ? (
            <p className="text-sm text-gray-500">{t("decided")}</p>
          ) : null}
          <ObligationCard
            obligations={invoice.obligations}
            timeZone={tz}
            serverNow={serverNow}
            disputeHref={(id) => `${base}/disputes/${id}`}
          />
          <InvoiceLinksCard invoice={invoice} serverNow={serverNow} />
        </div>
        <Card title={t("timeline")}>
          <Timeline entries={invoice.timeline} timeZone={tz} />
        </Card>
      </div>
    </div>
  );
}
