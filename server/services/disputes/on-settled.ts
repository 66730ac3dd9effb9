import type { Tx } from "@/db/client";
import type { Acting } from "../acting";
import { createInvoiceObligation } from "../invoice-obligations/create-obligation";
import type { DisputeRow } from "./dispute-access";

/**
 * What a settled dispute still binds. DSP-INV-3: an agreed invoicing date (另行约定开票日期) becomes
 * an obligation watched by the sweeper from the moment the consumer accepts it (or is taken to);
 * a rejected plan binds nothing and goes to judgment.
 */
export async function afterSettled(tx: Tx, args: { dispute: DisputeRow; by: Acting; now: Date }): Promise<void> {
  const { dispute, by, now } = args;
  const day = dispute.planPayload?.date;
  if (dispute.planKind !== "settlement" || dispute.planKey !== "agreed_other_date" || typeof day !== "string") return;
  await createInvoiceObligation(tx, { dispute, source: "settlement", day, by, now });
}
