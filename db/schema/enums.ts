import { pgEnum } from "drizzle-orm/pg-core";
import { actorRoles, auditedRecordTypes } from "@/server/domain/audit";
import { deliveryTypes, orderStatuses } from "@/server/domain/order";
import { refundKinds, refundSourceTypes } from "@/server/domain/refund";
import { adminLevels, businessModes, marketplaceStyles, shopRoles } from "@/server/domain/shop";

export const businessModeEnum = pgEnum("business_mode", businessModes);
export const marketplaceStyleEnum = pgEnum("marketplace_style", marketplaceStyles);
export const shopRoleEnum = pgEnum("shop_role", shopRoles);
export const adminLevelEnum = pgEnum("admin_level", adminLevels);
export const orderStatusEnum = pgEnum("order_status", orderStatuses);
export const deliveryTypeEnum = pgEnum("delivery_type", deliveryTypes);
export const refundKindEnum = pgEnum("refund_kind", refundKinds);
export const refundSourceTypeEnum = pgEnum("refund_source_type", refundSourceTypes);
export const auditedRecordTypeEnum = pgEnum("audited_record_type", auditedRecordTypes);
export const actorRoleEnum = pgEnum("actor_role", actorRoles);
