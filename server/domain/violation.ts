/** VIO-1..3: a violation ticket's life. */
export const violationStatuses = ["pending", "appealed", "effective", "overturned"] as const;
export type ViolationStatus = (typeof violationStatuses)[number];

/**
 * `evidence_item`: WO-TM-7, the forged evidence item (of a work order) the ticket is about.
 * `service_order`: AS-6, a missed after-sales deadline (one ticket per service order and rule).
 */
export const violationSourceTypes = ["work_order", "dispute", "admin", "evidence_item", "service_order"] as const;
export type ViolationSourceType = (typeof violationSourceTypes)[number];

/** VIO-3: what a senior reviewer decides on an appeal. */
export const appealDecisions = ["uphold", "overturn"] as const;
export type AppealDecision = (typeof appealDecisions)[number];
