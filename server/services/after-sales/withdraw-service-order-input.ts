import type { z } from "zod";
import { serviceOrderIdInput } from "./fields-input";

/** The consumer withdraws their service order (closed; while the goods are not yet with the merchant). */
export const withdrawServiceOrderInput = serviceOrderIdInput;
export type WithdrawServiceOrderInput = z.infer<typeof withdrawServiceOrderInput>;
