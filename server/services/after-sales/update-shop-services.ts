import { eq } from "drizzle-orm";
import { shopServices } from "@/db/schema";
import { actingOf } from "../acting";
import { emitAudit } from "../audit/emit";
import type { ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";
import { shopServicesOf } from "./application-facts";
import { shopOwnerOnly } from "./service-order-errors";
import type { UpdateShopServicesInput } from "./shop-services-input";

/**
 * SVC-1..3: the shop owner switches 极速审核, 闪电退款 and 运费险. A service order keeps the
 * services it was applied under (service_orders.services): a switch only changes new ones.
 */
export async function updateShopServices(ctx: ServiceContext, input: UpdateShopServicesInput) {
  const { db, now } = ctx;
  const { shopId } = tenantOfKind(ctx.tenant, "merchant");
  if (ctx.actor?.merchant?.role !== "owner" || ctx.actor.merchant.shopId !== shopId) throw shopOwnerOnly();
  const by = actingOf(ctx);
  return db.transaction(async (tx) => {
    const before = await shopServicesOf(tx, shopId);
    const values = { ...input, updatedAt: now, updatedBy: by.userId ?? "merchant" };
    await tx
      .insert(shopServices)
      .values({ shopId, ...values })
      .onConflictDoUpdate({ target: shopServices.shopId, set: values });
    await emitAudit(tx, {
      shopId,
      recordType: "shop",
      recordId: shopId,
      by,
      action: "shop.services_updated",
      payload: { before, after: input },
      at: now,
    });
    const [row] = await tx.select().from(shopServices).where(eq(shopServices.shopId, shopId));
    return {
      fastReview: row?.fastReview ?? false,
      flashRefund: row?.flashRefund ?? false,
      shippingInsurance: row?.shippingInsurance ?? false,
    };
  });
}
