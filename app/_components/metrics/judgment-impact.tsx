import { TrendingUp } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { getCaller } from "@/app/_trpc/server";
import { impactMessage } from "./impact-message";

/**
 * DSP-5 / WO-TM-5: on a case not yet judged, what a judgment against the shop would do to its
 * dispute rate ("若判定商家责任,纠纷率将从 x% 升至 y%"), or for work orders outside Tmall-style
 * shops its dispute refund rate; at a zero base in words (impactMessage). Renders nothing once no such judgment can come, and never
 * breaks the page it sits on: a failed lookup shows nothing.
 */
export async function JudgmentImpact(props: { disputeId: string } | { workOrderId: string }) {
  const input = "disputeId" in props ? { disputeId: props.disputeId } : { workOrderId: props.workOrderId };
  const impact = await (await getCaller()).metrics.merchant.judgmentImpact(input).catch(() => null);
  if (!impact) return null;
  const t = await getTranslations("metrics.impact");
  const message = impactMessage(impact, impact.marketplaceStyle);
  const text = t(message.key, message.values);
  return (
    <aside
      data-testid="judgment-impact"
      className="flex items-start gap-2 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
    >
      <TrendingUp className="mt-0.5 size-4 shrink-0" aria-hidden />
      <span>
        {text}
        <span className="ml-1 text-xs text-amber-700">{t("hint")}</span>
      </span>
    </aside>
  );
}
