import { useTranslations } from "next-intl";
import type { CaseSignals } from "@/server/services/risk-signals/signals";
import { DEFAULT_TIME_ZONE } from "@/server/domain/shop";
import { RiskMarkList } from "../complaints/risk-marks";
import type { RiskMarkView } from "../complaints/types";
import { adminSignalHref } from "../risk-signals/signal-href";
import { SignalList } from "../risk-signals/risk-signals-card";
import { Card } from "../ui/card";

/** What the judge is shown about both parties: the signals, and the buyer's active risk marks (MAL-2). */
export type CaseRisk = CaseSignals & { buyerMarks: RiskMarkView[] };

/** MAL-3: beside the history card — both parties' risk signals, platform-wide, for the judge. */
export function CaseSignalsCard({
  signals,
  shopName,
  consumerName,
  serverNow,
}: {
  signals: CaseRisk;
  shopName: string;
  consumerName: string;
  serverNow: Date;
}) {
  const t = useTranslations("riskSignals");
  const tMarks = useTranslations("complaint.marks");
  return (
    <Card title={t("title")}>
      <div className="grid gap-5 sm:grid-cols-2" data-testid="case-risk-signals">
        <section className="flex min-w-0 flex-col gap-1">
          <h3 className="text-sm font-semibold">
            {t("merchantTitle")} · {shopName}
          </h3>
          <SignalList signals={signals.merchant} hrefOf={adminSignalHref} />
        </section>
        <section className="flex min-w-0 flex-col gap-1">
          <h3 className="text-sm font-semibold">
            {t("buyerTitle")} · {consumerName}
          </h3>
          <SignalList signals={signals.buyer} hrefOf={adminSignalHref} />
          <h4 className="mt-2 text-xs font-semibold text-gray-600">{tMarks("title")}</h4>
          <RiskMarkList
            marks={signals.buyerMarks}
            now={serverNow}
            timeZone={DEFAULT_TIME_ZONE}
            complaintHref={(id) => `/admin/complaints/${id}`}
          />
        </section>
      </div>
      <p className="mt-3 text-xs text-gray-500">
        {t("scope.platform")} · {t("informOnly")}
      </p>
    </Card>
  );
}
