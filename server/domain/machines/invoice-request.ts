import type { InvoiceStatus } from "../invoice";
import { machine, type TransitionTable } from "./machine";

export type InvoiceEvent = "issue" | "refuse";

export const invoiceTransitions = {
  requested: { issue: "issued", refuse: "refused" },
  issued: {},
  refused: {},
} satisfies TransitionTable<InvoiceStatus, InvoiceEvent>;

export const invoiceMachine = machine<InvoiceStatus, InvoiceEvent>(invoiceTransitions);
