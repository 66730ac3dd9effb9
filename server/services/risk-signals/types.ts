/** MAL-3: what a risk signal is — a code, the numbers behind it and the records it rests on. */
export const buyerSignalCodes = [
  "unpaid_orders",
  "shared_address",
  "dispute_share",
  "no_reason_returns",
  "split_orders",
] as const;
export const merchantSignalCodes = ["non_response", "forged_evidence", "overturned_appeals", "judgments_lost"] as const;
export type BuyerSignalCode = (typeof buyerSignalCodes)[number];
export type MerchantSignalCode = (typeof merchantSignalCodes)[number];
export type RiskSignalCode = BuyerSignalCode | MerchantSignalCode;

export type SignalLinkKind = "order" | "dispute" | "work_order" | "service_order" | "violation" | "appeal";

/** A record behind a signal: its kind, id and the number people know it by. */
export interface SignalLink {
  kind: SignalLinkKind;
  /** The record's id; for "appeal" the appealed ticket's id (appeals are addressed by their ticket). */
  id: string;
  label: string;
  shopId: string;
}

/**
 * One signal. `scope` says over what it was computed: "shop" — only this shop's records with the
 * buyer (what a merchant sees); "platform" — every shop (what judges see). `params` are the numbers
 * the sentence states (percentages as whole numbers); `links` at most the policy's maxLinks.
 */
export interface RiskSignal {
  code: RiskSignalCode;
  scope: "shop" | "platform";
  params: Record<string, number>;
  links: SignalLink[];
}
