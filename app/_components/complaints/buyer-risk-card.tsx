import "server-only";

import { getTranslations } from "next-intl/server";
import { getCaller, getContext } from "@/app/_trpc/server";
import { DEFAULT_TIME_ZONE } from "@/server/domain/shop";
import type { SignalRecordInput } from "@/server/services/risk-signals/signals-input";
import type { SignalLink } from "@/server/services/risk-signals/types";
import { RiskSignalsCard } from "../risk-signals/risk-signals-card";
import { merchantMarkView, RiskMarkList } from "./risk-marks";

/** Where a merchant opens a signal's record (only its own shop's records are ever linked). */
function merchantSignalHref(link: SignalLink): string | null {
  switch (link.kind) {
    case "order":
      return `/merchant/orders/${link.id}`;
    case "dispute":
      return `/merchant/disputes/${link.id}`;
    case "work_order":
      return `/merchant/work-orders/${link.id}`;
    case "service_order":
      return `/merchant/after-sales/${link.id}`;
    default:
      return null;
  }
}

/**
 * MAL-2/MAL-3: on a buyer's dispute, work order or service order, the merchant sees that buyer's active risk
 * marks (category, since when; the complaint only when it was this shop's own — other shops' complaints stay
 * closed) and the signals computed over this shop's records with the buyer. The buyer is derived from the
 * record through the merchant's tenant (another shop's record → NOT_FOUND, already a 404 on the page).
 */
export async function MerchantBuyerRiskCard({ record }: { record: SignalRecordInput }) {
  const caller = await getCaller();
  const context = await getContext();
  const timeZone = context.actor?.merchant?.timeZone ?? DEFAULT_TIME_ZONE;
  const signals = await caller.riskSignals.merchant.buyer(record);
  const marks = await caller.complaint.merchant.buyerMarks({ consumerId: signals.consumerId });
  const t = await getTranslations("riskSignals");
  const now = context.now();
  return (
    <div data-testid="buyer-risk" data-marks={marks.length}>
      <RiskSignalsCard
        title={t("buyerTitle")}
        signals={signals.signals}
        scope={signals.scope}
        hrefOf={merchantSignalHref}
        marks={
          <RiskMarkList
            marks={marks.map(merchantMarkView)}
            now={now}
            timeZone={timeZone}
            complaintHref={(id) => `/merchant/complaints/${id}`}
          />
        }
      />
    </div>
  );
}
