import { eq } from "drizzle-orm";
import { shops } from "@/db/schema";
import { afterSalesOptions, applicationRefused } from "@/server/domain/after-sales-options";
import { currentAfterSalesPolicy } from "@/server/domain/policies/registry";
import { returnDestinationOf } from "@/server/domain/service-order-results";
import type { ServiceContext } from "../service-context";
import { tenantOfKind } from "../tenant";
import { itemFactsOf, shopServicesOf } from "./application-facts";
import type { GetAfterSalesOptionsInput } from "./get-after-sales-options-input";
import { loadOrder } from "./service-order-access";

/**
 * AS-1/AS-7: the 申请售后 page. For each item of the consumer's order: how many units, which
 * types and reasons are open and until when, or why not (codes, with the words in both
 * languages). Also the policy's reasons (labels; which need photos or a description), the
 * shop's services as they apply now (SVC-1..3) and where returns go (SHOP-1).
 */
export async function getAfterSalesOptions(ctx: ServiceContext, input: GetAfterSalesOptionsInput) {
  const { db, now } = ctx;
  const tenant = tenantOfKind(ctx.tenant, "consumer");
  const order = await loadOrder(db, tenant, input.orderId);
  const policy = currentAfterSalesPolicy(order.shopId);
  const { items, facts } = await itemFactsOf(db, order.id);
  const options = afterSalesOptions(order, facts, policy, now);
  const [shop] = await db
    .select({ name: shops.name, businessMode: shops.businessMode })
    .from(shops)
    .where(eq(shops.id, order.shopId));
  const services = await shopServicesOf(db, order.shopId);
  return {
    order: { id: order.id, orderNo: order.orderNo, status: order.status, signedAt: order.signedAt },
    shopName: shop?.name ?? "",
    returnDestination: returnDestinationOf(shop?.businessMode ?? "SOP"),
    services,
    policy: { id: policy.id, version: policy.version },
    reasons: policy.reasons.map((r) => ({
      key: r.key,
      label: r.label,
      photosRequired: r.photosRequired,
      descriptionRequired: r.descriptionRequired,
      merchantFault: r.merchantFault,
    })),
    photoSlot: { key: policy.slots.application.key, max: policy.slots.application.max },
    items: items.map((item, i) => {
      const o = options[i];
      return {
        orderItemId: item.id,
        name: item.name,
        sku: item.sku,
        quantity: item.quantity,
        unitPriceFen: item.unitPriceFen,
        maxQuantity: o?.maxQuantity ?? 0,
        blocked: o?.blocked ? { code: o.blocked, text: applicationRefused(o.blocked).text } : null,
        available: o?.available ?? [],
        unavailable: (o?.unavailable ?? []).map((u) => ({ ...u, text: applicationRefused(u.code).text })),
      };
    }),
  };
}
