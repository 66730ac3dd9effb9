import type { JudgmentImpact } from "@/server/domain/metrics";
import type { MarketplaceStyle } from "@/server/domain/shop";
import { formatRate } from "./format";

/**
 * DSP-5 / WO-TM-5: the words for a judgment's effect on the shop's metrics (message keys of
 * `metrics.impact`). At a zero base a rise "from — to 100.00%" says nothing but alarm, so:
 * - no rate before (no refunds in the window) → "this would be the shop's first judged refund";
 * - a rate of 0 before → the first judged dispute / refund, and the rise from 0.00%;
 * - no rate after either (no paid orders) → that it counts, without numbers.
 */
export type ImpactMessage = { key: string; values: Record<string, string> };

export function impactMessage(impact: JudgmentImpact, style: MarketplaceStyle): ImpactMessage {
  const metric = impact.metric === "dispute_rate" && style === "tmall" ? "platform_dispute_rate" : impact.metric;
  if (impact.to === null) return { key: "noBase", values: {} };
  const to = formatRate(impact.to);
  if (impact.from === null)
    return { key: impact.metric === "dispute_refund_rate" ? "firstRefund" : "noBase", values: {} };
  const values = { from: formatRate(impact.from), to };
  return { key: impact.from === 0 ? `first_${metric}` : metric, values };
}
