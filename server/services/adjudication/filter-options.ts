import { asc } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { shops } from "@/db/schema";

/** The queue's shop filter: every shop with its marketplace style, by name. */
export async function queueFilterShops({ db }: { db: DbOrTx }) {
  return db.select({ id: shops.id, name: shops.name, marketplaceStyle: shops.marketplaceStyle }).from(shops).orderBy(asc(shops.name), asc(shops.id));
}
