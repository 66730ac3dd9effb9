import type { ComplaintStatus } from "../complaint";
import { machine, type TransitionTable } from "./machine";

/**
 * Events of a complaint (MAL-1/MAL-2). A complaint is created in `pending_review` (file).
 * Who acted is the audit event's actor, not the event.
 */
export type ComplaintEvent =
  | "uphold" // MAL-2: the platform upholds; a risk mark goes on the buyer
  | "dismiss" // MAL-2: not established
  | "request_material" // MAL-2: more material, once per complaint; the merchant's window starts
  | "supplement" // the merchant answered the request in time; back to review with a new deadline
  | "lapse"; // the merchant's window ran out unanswered (sweeper)

export const complaintTransitions = {
  pending_review: { uphold: "upheld", dismiss: "dismissed", request_material: "needs_material" },
  needs_material: { supplement: "pending_review", lapse: "closed" },
  upheld: {},
  dismissed: {},
  closed: {},
} satisfies TransitionTable<ComplaintStatus, ComplaintEvent>;

export const complaintMachine = machine<ComplaintStatus, ComplaintEvent>(complaintTransitions);
