import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import type { RiskSignal, SignalLink } from "@/server/services/risk-signals/types";
import { Card } from "../ui/card";
import { signalSentence } from "./signal-text";

function SignalItem({ signal, hrefOf }: { signal: RiskSignal; hrefOf: (link: SignalLink) => string | null }) {
  const t = useTranslations("riskSignals");
  return (
    <li className="flex flex-col gap-1 py-2" data-signal={signal.code}>
      <p className="text-sm text-gray-900">{signalSentence(t, signal)}</p>
      {signal.links.length > 0 ? (
        <p className="flex flex-wrap gap-x-2 gap-y-0.5 text-xs" aria-label={t("records")}>
          {signal.links.map((link) => {
            const text = t(`links.${link.kind}`, { label: link.label });
            const href = hrefOf(link);
            return href ? (
              <Link key={`${link.kind}:${link.id}`} href={href} className="font-mono text-blue-700 hover:underline">
                {text}
              </Link>
            ) : (
              <span key={`${link.kind}:${link.id}`} className="font-mono text-gray-600">
                {text}
              </span>
            );
          })}
        </p>
      ) : null}
    </li>
  );
}

/** One party's signals: each sentence with the records behind it, or that none were found. */
export function SignalList({
  signals,
  hrefOf,
}: {
  signals: RiskSignal[];
  hrefOf: (link: SignalLink) => string | null;
}) {
  const t = useTranslations("riskSignals");
  if (signals.length === 0) return <p className="text-xs text-gray-500">{t("none")}</p>;
  return (
    <ul className="divide-y divide-gray-100">
      {signals.map((s) => (
        <SignalItem key={s.code} signal={s} hrefOf={hrefOf} />
      ))}
    </ul>
  );
}

/**
 * MAL-3: risk signals on a buyer or a merchant (and, in `marks`, the buyer's risk marks), each
 * sentence saying why with links to its records. `scope` states over whose records they were
 * computed (one shop's, or the platform's). They inform and decide nothing — the card says so.
 */
export function RiskSignalsCard({
  title,
  signals,
  scope,
  hrefOf,
  marks,
}: {
  title?: ReactNode;
  signals: RiskSignal[];
  scope: RiskSignal["scope"];
  hrefOf: (link: SignalLink) => string | null;
  marks?: ReactNode;
}) {
  const t = useTranslations("riskSignals");
  return (
    <Card title={title ?? t("title")}>
      <div className="flex flex-col gap-2" data-testid="risk-signals">
        {marks ? (
          <section className="flex flex-col gap-1">
            <h3 className="text-xs font-medium text-gray-500">{t("marks")}</h3>
            {marks}
          </section>
        ) : null}
        <SignalList signals={signals} hrefOf={hrefOf} />
        <p className="text-xs text-gray-500">
          {t(`scope.${scope}`)} · {t("informOnly")}
        </p>
      </div>
    </Card>
  );
}
