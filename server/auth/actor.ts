import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { adminUsers, consumers, shopMembers, shops, users } from "@/db/schema";
import type { AdminLevel, ShopRole } from "@/server/domain/shop";

/** Who is acting, resolved once per request from the session. */
export interface Actor {
  userId: string;
  name: string;
  email: string;
  consumer: { id: string } | null;
  merchant: { shopId: string; shopName: string; role: ShopRole; timeZone: string } | null;
  admin: { level: AdminLevel } | null;
}

export type Audience = "consumer" | "merchant" | "admin";

export async function loadActor(db: DbOrTx, userId: string): Promise<Actor | null> {
  const [row] = await db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      consumerId: consumers.id,
      shopId: shopMembers.shopId,
      shopRole: shopMembers.role,
      shopName: shops.name,
      timeZone: shops.timeZone,
      adminLevel: adminUsers.level,
    })
    .from(users)
    .leftJoin(consumers, eq(consumers.userId, users.id))
    .leftJoin(shopMembers, eq(shopMembers.userId, users.id))
    .leftJoin(shops, eq(shops.id, shopMembers.shopId))
    .leftJoin(adminUsers, eq(adminUsers.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1);
  if (!row) return null;
  return {
    userId: row.userId,
    name: row.name,
    email: row.email,
    consumer: row.consumerId ? { id: row.consumerId } : null,
    merchant:
      row.shopId && row.shopRole && row.shopName && row.timeZone
        ? { shopId: row.shopId, shopName: row.shopName, role: row.shopRole, timeZone: row.timeZone }
        : null,
    admin: row.adminLevel ? { level: row.adminLevel } : null,
  };
}

/** Where a signed-in person lands: the first audience they belong to. */
export function homeFor(actor: Actor): string {
  if (actor.admin) return "/admin";
  if (actor.merchant) return "/merchant";
  return "/orders";
}
