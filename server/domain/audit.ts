/** SHOP-4: every record kind whose state changes are audited. */
export const auditedRecordTypes = [
  "order",
  "invoice",
  "work_order",
  "dispute",
  "cancel_order",
  "service_order",
  "violation",
  "complaint",
  "shop",
] as const;
export type AuditedRecordType = (typeof auditedRecordTypes)[number];

/** Who acted: a person in one of the three audiences, or the deadline sweeper. */
export const actorRoles = ["consumer", "merchant", "admin", "system"] as const;
export type ActorRole = (typeof actorRoles)[number];
