import type { z } from "zod";
import { complaintIdInput } from "./fields-input";

/** A complaint's page (merchant: its own shop's; admin: any). */
export const getComplaintInput = complaintIdInput;
export type GetComplaintInput = z.infer<typeof getComplaintInput>;
