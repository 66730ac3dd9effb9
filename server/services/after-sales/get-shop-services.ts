import type { ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";
import { shopServicesOf } from "./application-facts";

/** SVC-1..3: the shop's after-sales services as switched now, and whether this person may change them. */
export async function getShopServices(ctx: ServiceContext) {
  const { shopId } = tenantOfKind(ctx.tenant, "merchant");
  const services = await shopServicesOf(ctx.db, shopId);
  return { ...services, canEdit: ctx.actor?.merchant?.role === "owner" };
}
