import { useTranslations } from "next-intl";
import type { TimelineEntry } from "@/server/services/audit/timeline";
import { formatDateTime } from "../format";

const roleDot: Record<TimelineEntry["actorRole"], string> = {
  consumer: "bg-blue-500",
  merchant: "bg-brand-500",
  admin: "bg-purple-500",
  system: "bg-gray-400",
};

/** SHOP-4: a ticket's history from its audit events, in this area's words. */
export function ViolationTimeline({ entries, timeZone }: { entries: TimelineEntry[]; timeZone: string }) {
  const t = useTranslations("violation.timeline");
  if (entries.length === 0) return <p className="text-sm text-gray-500">{t("empty")}</p>;
  return (
    <ol className="relative flex flex-col gap-4 border-l border-gray-200 pl-4" data-testid="violation-timeline">
      {entries.map((e) => {
        const key = e.action.replace(/^violation\./, "");
        const note = typeof e.payload.note === "string" ? e.payload.note : null;
        return (
          <li key={e.id} className="relative text-sm">
            <span
              className={`absolute top-1.5 -left-[21px] size-2.5 rounded-full ring-2 ring-white ${roleDot[e.actorRole]}`}
            />
            <div className="flex flex-wrap items-baseline gap-x-2">
              <span className="font-medium">{t.has(key) ? t(key) : e.action}</span>
              <time className="text-xs text-gray-500 tabular-nums">{formatDateTime(e.at, timeZone)}</time>
            </div>
            <p className="text-xs text-gray-500">
              {t(`roles.${e.actorRole}`)}
              {e.actorName && e.actorRole !== "system" ? ` · ${e.actorName}` : ""}
            </p>
            {note ? (
              <p className="mt-1 rounded bg-gray-50 px-2 py-1 whitespace-pre-wrap text-gray-700">{note}</p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
