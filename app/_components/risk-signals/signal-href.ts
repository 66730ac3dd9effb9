import type { SignalLink } from "@/server/services/risk-signals/types";

/** Where a judge opens a signal's record. */
export function adminSignalHref(link: SignalLink): string {
  switch (link.kind) {
    case "order":
      return `/admin/shops/${link.shopId}/orders/${link.id}`;
    case "dispute":
      return `/admin/disputes/${link.id}`;
    case "work_order":
      return `/admin/work-orders/${link.id}`;
    case "service_order":
      return `/admin/adjudication/service_order/${link.id}`;
    case "violation":
      return `/admin/violations/${link.id}`;
    case "appeal":
      return `/admin/appeals/${link.id}`;
  }
}
