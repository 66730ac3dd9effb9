/** Every work-order type the warning queue shows (工单预警). */
export const workOrderTypes = ["urge_invoice", "not_received", "missing_items", "collaborative"] as const;
export type WorkOrderType = (typeof workOrderTypes)[number];

/** The platform-intervention work-order types (WO-PDD-*, WO-TM-*). */
export const interventionTypes = [
  "not_received",
  "missing_items",
  "collaborative",
] as const satisfies readonly WorkOrderType[];
export type InterventionType = (typeof interventionTypes)[number];

/**
 * open      — waiting for the responsible party's reply (due_at = reply deadline)
 * promised  — replied "agreed invoicing date" (due_at = the promised date, INV-6)
 * resolved  — replied in time with a final resolution, or the promise was kept
 * expired   — no reply by the deadline (INV-7, WO-2)
 * broken    — a promise passed unkept (INV-6)
 * reviewing / judging — with the platform (second-level review, judgment)
 */
export const workOrderStatuses = ["open", "promised", "resolved", "expired", "broken", "reviewing", "judging"] as const;
export type WorkOrderStatus = (typeof workOrderStatuses)[number];

/** States with a deadline the sweeper watches. */
export const workOrderDueStatuses = ["open", "promised"] as const satisfies readonly WorkOrderStatus[];
