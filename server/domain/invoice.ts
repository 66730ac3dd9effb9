/** INV-1/2: an invoice request's life. */
export const invoiceStatuses = ["requested", "issued", "refused"] as const;
export type InvoiceStatus = (typeof invoiceStatuses)[number];

/** 电子普通发票 / 增值税专用发票. */
export const invoiceTypes = ["electronic_normal", "vat_special"] as const;
export type InvoiceType = (typeof invoiceTypes)[number];

/** SHOP-1: who issues invoices — the merchant (SOP) or the platform (FBP). */
export const invoicingParties = ["merchant", "platform"] as const;
export type InvoicingParty = (typeof invoicingParties)[number];
