import { asc, count, eq, sql } from "drizzle-orm";
import { orders, shops } from "@/db/schema";
import { notFound } from "@/server/domain/errors";
import { isUuid } from "../ids";
import type { ServiceContext } from "../service-context";

/** Every shop with its order counts, for the admin console. */
export async function listShops({ db }: ServiceContext) {
  return db
    .select({
      id: shops.id,
      name: shops.name,
      businessMode: shops.businessMode,
      marketplaceStyle: shops.marketplaceStyle,
      timeZone: shops.timeZone,
      orderCount: count(orders.id),
      openOrderCount:
        sql<number>`count(${orders.id}) filter (where ${orders.status} in ('paid','shipped','signed'))`.mapWith(Number),
    })
    .from(shops)
    .leftJoin(orders, eq(orders.shopId, shops.id))
    .groupBy(shops.id)
    .orderBy(asc(shops.name));
}

export async function getShop({ db }: ServiceContext, { shopId }: { shopId: string }) {
  if (!isUuid(shopId)) throw notFound({ "zh-CN": "店铺不存在", en: "Shop not found" });
  const [shop] = await db.select().from(shops).where(eq(shops.id, shopId)).limit(1);
  if (!shop) throw notFound({ "zh-CN": "店铺不存在", en: "Shop not found" });
  return shop;
}
