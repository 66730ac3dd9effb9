import type { z } from "zod";
import { orderIdInput, serviceOrderIdInput } from "./fields-input";

export const getServiceOrderInput = serviceOrderIdInput;
export type GetServiceOrderInput = z.infer<typeof getServiceOrderInput>;

/** The service orders of one order (the order page). */
export const serviceOrdersOfOrderInput = orderIdInput;
export type ServiceOrdersOfOrderInput = z.infer<typeof serviceOrdersOfOrderInput>;
