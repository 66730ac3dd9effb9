import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";

type Outputs = inferRouterOutputs<AppRouter>;

/** One cancel order as its viewer may see it (cancelOrder.*.get). */
export type CancelOrderDetail = Outputs["cancelOrder"]["merchant"]["get"];
/** A row of the cancel-order lists (cancelOrder.*.list). */
export type CancelOrderRow = Outputs["cancelOrder"]["merchant"]["list"]["items"][number];
/** A row of the demo logistics adapter's list (cancelOrder.admin.logistics.shipments). */
export type ShipmentRow = Outputs["cancelOrder"]["admin"]["logistics"]["shipments"]["items"][number];
