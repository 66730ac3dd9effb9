import { useTranslations } from "next-intl";
import Link from "next/link";
import type { OrderDetail } from "@/server/services/orders/get-order";
import { ServiceStatusBadge } from "../after-sales/labels";
import { Timeline } from "../timeline";

function serviceHref(viewer: "consumer" | "merchant" | "admin", id: string): string | null {
  if (viewer === "consumer") return `/after-sales/${id}`;
  if (viewer === "merchant") return `/merchant/after-sales/${id}`;
  return null;
}

/** The order's timeline goes on with its service orders' events, one group per service order. */
export function OrderServiceTimeline({
  serviceOrders,
  viewer,
  timeZone,
}: {
  serviceOrders: OrderDetail["serviceOrders"];
  viewer: "consumer" | "merchant" | "admin";
  timeZone: string;
}) {
  const t = useTranslations("afterSales.orderPage");
  if (serviceOrders.length === 0) return null;
  return (
    <div className="mt-4 flex flex-col gap-3 border-t border-gray-100 pt-3" data-testid="order-service-timeline">
      <h3 className="text-xs font-medium text-gray-600">{t("timelineTitle")}</h3>
      {serviceOrders.map((so) => {
        const href = serviceHref(viewer, so.id);
        const title = t("serviceOrder", { serviceNo: so.serviceNo });
        return (
          <section key={so.id} className="flex flex-col gap-2" aria-label={title}>
            <p className="flex flex-wrap items-center gap-2 text-sm">
              {href ? (
                <Link href={href} className="font-mono text-blue-700 hover:underline">
                  {title}
                </Link>
              ) : (
                <span className="font-mono">{title}</span>
              )}
              <ServiceStatusBadge status={so.status} />
            </p>
            <Timeline entries={so.timeline} timeZone={timeZone} />
          </section>
        );
      })}
    </div>
  );
}
