import type { DeadlineTask } from "@/server/jobs/sweep";

/** VIO-2: a ticket left alone for 7 days takes effect by itself. */
export const violationDeadlineTasks: readonly DeadlineTask[] = [];
