/**
 * MAL-3: the thresholds behind the risk signals on buyers and merchants, as versioned policy data.
 *
 * Signals inform people (merchants about their own buyers, judges about both parties); they never
 * decide. No rule, verb or sweep reads them (a test enforces that no domain module or verb imports
 * server/services/risk-signals). Changing a number here: bump `version` and say why.
 *
 * Definitions — from data Arbiter holds:
 * - unpaidOrders: orders the marketplace closed because they were never paid (status closed_unpaid,
 *   交易关闭·未付款) among the buyer's orders placed in the window (orders.placed_at). An order still
 *   awaiting payment is not counted: it may yet be paid.
 * - Every buyer window is on orders.placed_at (paid_at is null for unpaid orders).
 * - sharedAddress: other buyers' orders to the same shipping address (exact text) in the window.
 * - disputeShare: orders in the window with at least one dispute ÷ orders in the window.
 * - noReasonReturns: service orders with reason no_reason_7d (七天无理由) applied in the window.
 * - splitOrders: on one calendar day (Asia/Shanghai), at least `minOrders` orders of the buyer with
 *   free shipping (shipping_fen = 0) whose amount each lies in [threshold, threshold × (1 + margin)]
 *   of one of the platform's 满减/包邮 thresholds — orders split to each just clear a threshold.
 * - Merchant: nonResponse = work orders routed to the merchant that expired ÷ those settled (replied
 *   or expired) in the window; forgedEvidence = WO-TM-7 tickets (source evidence_item, not overturned);
 *   overturnedAppeals = the shop's appeals decided in the window whose ticket was overturned;
 *   judgmentsLost = disputes judged and work orders decided against the merchant in the window.
 */
export const riskSignalPolicy = {
  id: "platform.risk_signals",
  version: 1,
  /** How many records a signal links to at most. */
  maxLinks: 10,
  buyer: {
    unpaidOrders: { windowDays: 30, minUnpaid: 5, minShare: 0.5 },
    sharedAddress: { windowDays: 90, minOtherAccounts: 2 },
    disputeShare: { windowDays: 90, minDisputes: 3, minShare: 0.3 },
    noReasonReturns: { windowDays: 90, minReturns: 3 },
    splitOrders: {
      windowDays: 30,
      minOrders: 3,
      /** 满减 / 包邮 thresholds in fen (¥49, ¥99, ¥199, ¥299). */
      thresholdsFen: [4_900, 9_900, 19_900, 29_900],
      /** "Just clears": at most this share above the threshold. */
      margin: 0.1,
      timeZone: "Asia/Shanghai",
    },
  },
  merchant: {
    nonResponse: { windowDays: 90, minSettled: 5, minRate: 0.2 },
    forgedEvidence: { windowDays: 365, minTickets: 1 },
    overturnedAppeals: { windowDays: 90, minOverturned: 1 },
    judgmentsLost: { windowDays: 90, minLost: 3 },
  },
} as const;

export type RiskSignalPolicy = typeof riskSignalPolicy;
