import type { AppealStatus } from "../appeal";
import type { ViolationStatus } from "../violation";
import { machine, type TransitionTable } from "./machine";

export type ViolationEvent =
  | "confirm" // VIO-2: the merchant accepts the ticket
  | "appeal" // VIO-2/3: the merchant appeals within 7 days; the appeal stops the clock
  | "take_effect" // VIO-2: 7 days without action — taken as accepted (the sweeper)
  | "uphold" // VIO-3: the appeal is refused, the ticket stands
  | "overturn"; // VIO-3: the appeal succeeds, the ticket carries no points

/**
 * VIO-1..3: a ticket's life. Only `pending` has a deadline (due_at): an `appealed` ticket waits
 * for the reviewer, however long that takes, and never takes effect by itself.
 */
export const violationTransitions = {
  pending: { confirm: "effective", appeal: "appealed", take_effect: "effective" },
  appealed: { uphold: "effective", overturn: "overturned" },
  effective: {},
  overturned: {},
} satisfies TransitionTable<ViolationStatus, ViolationEvent>;

export const violationMachine = machine<ViolationStatus, ViolationEvent>(violationTransitions);

export type AppealEvent = "uphold" | "overturn";

/** VIO-3: an appeal is decided once. */
export const appealTransitions = {
  pending: { uphold: "upheld", overturn: "overturned" },
  upheld: {},
  overturned: {},
} satisfies TransitionTable<AppealStatus, AppealEvent>;

export const appealMachine = machine<AppealStatus, AppealEvent>(appealTransitions);
