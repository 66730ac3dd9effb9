import { asc } from "drizzle-orm";
import { shops } from "@/db/schema";
import type { ServiceContext } from "../service-context";

/** The queue's shop filter: every shop with its marketplace style, by name. */
export async function queueFilterShops({ db }: ServiceContext) {
  return db
    .select({ id: shops.id, name: shops.name, marketplaceStyle: shops.marketplaceStyle })
    .from(shops)
    .orderBy(asc(shops.name), asc(shops.id));
}
