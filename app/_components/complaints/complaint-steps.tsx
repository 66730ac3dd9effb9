import { useTranslations } from "next-intl";
import { formatDateTime } from "../format";
import type { ComplaintDetail } from "./types";

type Event = "filed" | "material_requested" | "supplemented" | "upheld" | "dismissed" | "closed" | "mark_cleared";

/** The complaint's progress from its own dated fields: filed, material asked and given, decided, mark cleared. */
export function ComplaintSteps({ detail, timeZone }: { detail: ComplaintDetail; timeZone: string }) {
  const t = useTranslations("complaint.events");
  const steps: { event: Event; at: Date; note?: string | null }[] = [{ event: "filed", at: detail.filedAt }];
  if (detail.materialRequestedAt)
    steps.push({ event: "material_requested", at: detail.materialRequestedAt, note: detail.materialRequestNote });
  if (detail.supplementedAt)
    steps.push({ event: "supplemented", at: detail.supplementedAt, note: detail.supplementStatement });
  if (detail.status === "closed" && detail.closedAt) steps.push({ event: "closed", at: detail.closedAt });
  else if ((detail.status === "upheld" || detail.status === "dismissed") && detail.decidedAt)
    steps.push({ event: detail.status, at: detail.decidedAt, note: detail.decisionReason });
  if (detail.mark?.clearedAt)
    steps.push({ event: "mark_cleared", at: detail.mark.clearedAt, note: detail.mark.clearReason });
  return (
    <ol className="relative flex flex-col gap-4 border-l border-gray-200 pl-4" data-testid="complaint-steps">
      {steps.map((step) => (
        <li key={step.event} className="relative text-sm">
          <span className="absolute top-1.5 -left-[21px] size-2.5 rounded-full bg-brand-500 ring-2 ring-white" />
          <div className="flex flex-wrap items-baseline gap-x-2">
            <span className="font-medium">{t(step.event)}</span>
            <time className="text-xs text-gray-500 tabular-nums">{formatDateTime(step.at, timeZone)}</time>
          </div>
          {step.note ? <p className="mt-1 rounded bg-gray-50 px-2 py-1 text-gray-700">{step.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
