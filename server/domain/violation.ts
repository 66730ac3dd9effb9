/** VIO-1..3: a violation ticket's life. */
export const violationStatuses = ["pending", "appealed", "effective", "overturned"] as const;
export type ViolationStatus = (typeof violationStatuses)[number];

export const violationSourceTypes = ["work_order", "dispute", "admin"] as const;
export type ViolationSourceType = (typeof violationSourceTypes)[number];

/** VIO-3: what a senior reviewer decides on an appeal. */
export const appealDecisions = ["uphold", "overturn"] as const;
export type AppealDecision = (typeof appealDecisions)[number];
