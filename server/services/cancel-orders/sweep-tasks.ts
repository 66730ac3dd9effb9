import type { DeadlineTask } from "@/server/jobs/sweep";

/** DSP-CXL-4: the 48h interception window ends by itself. */
export const cancelOrderDeadlineTasks: readonly DeadlineTask[] = [];
