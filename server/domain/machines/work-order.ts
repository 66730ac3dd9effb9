import type { WorkOrderStatus } from "../work-order";
import { machine, type TransitionTable } from "./machine";

export type WorkOrderEvent =
  | "reply" // a final resolution in time (INV-5)
  | "promise" // 已协商开票时间 (INV-5 → INV-6)
  | "expire" // no reply by the deadline (INV-7, WO-2)
  | "keep_promise" // the invoice was issued by the agreed date
  | "break_promise" // the agreed date passed (INV-6)
  | "send_to_review" // second-level review (WO-TM-4)
  | "send_to_judgment" // platform judgment (WO-TM-5)
  | "decide"; // the platform's decision closes it

export const workOrderTransitions = {
  open: {
    reply: "resolved",
    promise: "promised",
    expire: "expired",
    send_to_review: "reviewing",
    send_to_judgment: "judging",
  },
  promised: { keep_promise: "resolved", break_promise: "broken" },
  resolved: {},
  expired: {},
  broken: {},
  reviewing: { decide: "resolved", send_to_judgment: "judging" },
  judging: { decide: "resolved" },
} satisfies TransitionTable<WorkOrderStatus, WorkOrderEvent>;

export const workOrderMachine = machine<WorkOrderStatus, WorkOrderEvent>(workOrderTransitions);
