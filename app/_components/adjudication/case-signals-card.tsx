import { useTranslations } from "next-intl";
import type { CaseSignals } from "@/server/services/risk-signals/signals";
import { adminSignalHref } from "../risk-signals/signal-href";
import { SignalList } from "../risk-signals/risk-signals-card";
import { Card } from "../ui/card";

/** MAL-3: beside the history card — both parties' risk signals, platform-wide, for the judge. */
export function CaseSignalsCard({
  signals,
  shopName,
  consumerName,
}: {
  signals: CaseSignals;
  shopName: string;
  consumerName: string;
}) {
  const t = useTranslations("riskSignals");
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
        </section>
      </div>
      <p className="mt-3 text-xs text-gray-500">
        {t("scope.platform")} · {t("informOnly")}
      </p>
    </Card>
  );
}
