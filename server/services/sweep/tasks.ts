import { serviceOrderDeadlineTasks } from "@/server/services/after-sales/sweep-tasks";
import { complaintDeadlineTasks } from "@/server/services/complaints/sweep-tasks";
import { cancelOrderDeadlineTasks } from "@/server/services/cancel-orders/sweep-tasks";
import { disputeDeadlineTasks } from "@/server/services/disputes/sweep-tasks";
import { invoiceObligationTasks } from "@/server/services/invoice-obligations/sweep-tasks";
import { notificationTasks } from "@/server/services/notifications/sweep-tasks";
import { violationDeadlineTasks } from "@/server/services/violations/sweep-tasks";
import { workOrderDeadlineTasks } from "@/server/services/work-orders/sweep-tasks";
import type { DeadlineTask } from "./sweep";

/** Every deadline the system enforces by itself, in the order a sweep applies them. */
export const deadlineTasks: readonly DeadlineTask[] = [
  ...workOrderDeadlineTasks,
  ...disputeDeadlineTasks,
  ...invoiceObligationTasks,
  ...cancelOrderDeadlineTasks,
  ...serviceOrderDeadlineTasks,
  ...violationDeadlineTasks,
  ...complaintDeadlineTasks,
  ...notificationTasks,
];
