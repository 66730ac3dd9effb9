import { Check, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { serviceSteps, type StepFacts } from "./steps";

const dotClass = {
  done: "bg-brand-500 text-white",
  current: "bg-white text-brand-600 ring-2 ring-brand-500",
  upcoming: "bg-gray-100 text-gray-500",
  closed: "bg-gray-400 text-white",
} as const;

/** 申请 → 审核 → 寄回 → 收货 → 处理 → 完成 (or the visit's path): stacked on phones, a row on wider screens. */
export function ServiceStepper({ facts }: { facts: StepFacts }) {
  const t = useTranslations("afterSales.steps");
  const steps = serviceSteps(facts);
  return (
    <ol className="flex flex-col gap-2 sm:flex-row sm:items-center sm:gap-0" aria-label={t("label")}>
      {steps.map((step, i) => (
        <li
          key={step.key}
          className="flex items-center gap-2 sm:flex-1 sm:last:flex-none"
          aria-current={step.state === "current" ? "step" : undefined}
          data-testid="service-step"
          data-state={step.state}
        >
          <span
            className={`grid size-6 shrink-0 place-items-center rounded-full text-xs font-semibold ${dotClass[step.state]}`}
          >
            {step.state === "done" ? (
              <Check className="size-3.5" aria-hidden />
            ) : step.state === "closed" ? (
              <X className="size-3.5" aria-hidden />
            ) : (
              i + 1
            )}
          </span>
          <span
            className={`text-sm whitespace-nowrap ${step.state === "upcoming" ? "text-gray-500" : step.state === "current" ? "font-semibold text-gray-900" : "text-gray-700"}`}
          >
            {t(step.key)}
          </span>
          {i < steps.length - 1 ? <span className="mx-2 hidden h-px flex-1 bg-gray-200 sm:block" aria-hidden /> : null}
        </li>
      ))}
    </ol>
  );
}
