/** VIO-3: an appeal against a violation ticket, decided by a senior reviewer. */
export const appealStatuses = ["pending", "upheld", "overturned"] as const;
export type AppealStatus = (typeof appealStatuses)[number];
