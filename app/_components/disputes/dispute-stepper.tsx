import { Check } from "lucide-react";
import { useTranslations } from "next-intl";
import type { DisputeDetail } from "@/server/services/disputes/get-dispute";
import { stepsOf, type Step } from "./steps";

/** DSP-1..5 progress: where the dispute is on its path, stacked on phones, in a row on wider screens. */
export function DisputeStepper({ detail }: { detail: DisputeDetail }) {
  const t = useTranslations("dispute");
  const party = t(`parties.${detail.dispute.responsibleParty}`);
  const steps = stepsOf(detail);
  return (
    <ol className="flex flex-col gap-2 sm:flex-row sm:items-center sm:gap-0" aria-label={t("deadline.title")}>
      {steps.map((step, i) => (
        <li
          key={step.key}
          className="flex items-center gap-2 sm:flex-1"
          aria-current={step.state === "current" ? "step" : undefined}
        >
          <span
            className={`grid size-6 shrink-0 place-items-center rounded-full text-xs font-semibold ${
              step.state === "done"
                ? "bg-brand-500 text-white"
                : step.state === "current"
                  ? "bg-white text-brand-600 ring-2 ring-brand-500"
                  : "bg-gray-100 text-gray-500"
            }`}
          >
            {step.state === "done" ? <Check className="size-3.5" aria-hidden /> : i + 1}
          </span>
          <span
            className={`text-sm ${step.state === "upcoming" ? "text-gray-500" : step.state === "current" ? "font-semibold text-gray-900" : "text-gray-700"}`}
          >
            {t(`steps.${labelKey(step.key, step.state, detail.viewer)}`, { party })}
          </span>
          {i < steps.length - 1 ? <span className="mx-2 hidden h-px flex-1 bg-gray-200 sm:block" aria-hidden /> : null}
        </li>
      ))}
    </ol>
  );
}

/** The consumer reads "awaiting your confirmation"; a done answer step reads "{party} answered". */
function labelKey(key: Step["key"], state: Step["state"], viewer: DisputeDetail["viewer"]): string {
  if (key === "awaitingConsumer" && viewer === "consumer") return "awaitingYou";
  if (key === "answer" && state === "done") return "answerDone";
  return key;
}
