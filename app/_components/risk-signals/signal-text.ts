import type { RiskSignal } from "@/server/services/risk-signals/types";

/** The `riskSignals` namespace's translator (next-intl's `t`, or `createTranslator` in tests). */
export type RiskSignalsT = (key: string, values?: Record<string, string | number>) => string;

/** MAL-3: the sentence that says why — the signal's numbers in the viewer's language, with its scope. */
export function signalSentence(t: RiskSignalsT, signal: RiskSignal): string {
  return t(`signals.${signal.code}`, { ...signal.params, scope: signal.scope });
}
