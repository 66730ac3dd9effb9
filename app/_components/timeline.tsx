import { useTranslations } from "next-intl";
import { isSystemText } from "@/server/domain/system-text";
import type { TimelineEntry } from "@/server/services/audit/timeline";
import { serviceOrderDetail } from "./after-sales/timeline-detail";
import { formatDateTime } from "./format";
import { useStoredText } from "./system-text";

const roleDot: Record<TimelineEntry["actorRole"], string> = {
  consumer: "bg-blue-500",
  merchant: "bg-brand-500",
  admin: "bg-purple-500",
  system: "bg-gray-400",
};

/**
 * SHOP-4: a record's history from its audit events. The server already removed internal
 * admin notes for merchants and consumers; admins see them marked as internal.
 */
export function Timeline({ entries, timeZone }: { entries: TimelineEntry[]; timeZone: string }) {
  const t = useTranslations("timeline");
  const root = useTranslations();
  const storedText = useStoredText();
  if (entries.length === 0) return <p className="text-sm text-gray-500">{t("empty")}</p>;
  return (
    <ol className="relative flex flex-col gap-4 border-l border-gray-200 pl-4" aria-label={t("title")}>
      {entries.map((e) => {
        // A service order's entry says its codes (type, reason, result, requirements…) in words.
        const detail = serviceOrderDetail(root, e, timeZone);
        const raw =
          typeof e.payload.note === "string"
            ? e.payload.note
            : typeof e.payload.reason === "string"
              ? e.payload.reason
              : null;
        // Some events carry a reason code (e.g. a cancel reason); show its words, not the code.
        const worded = raw && /^[a-z_]+$/.test(raw) && t.has(`reasons.${raw}`) ? t(`reasons.${raw}`) : raw;
        // System notes are stored as a code (payload.message) and put into the reader's language.
        const note =
          detail !== undefined
            ? detail
            : isSystemText(e.payload.message)
              ? storedText(e.payload.message, worded)
              : worded;
        return (
          <li key={e.id} className="relative text-sm">
            <span
              className={`absolute top-1.5 -left-[21px] size-2.5 rounded-full ring-2 ring-white ${roleDot[e.actorRole]}`}
            />
            <div className="flex flex-wrap items-baseline gap-x-2">
              <span className="font-medium">{t.has(`actions.${e.action}`) ? t(`actions.${e.action}`) : e.action}</span>
              {e.internal ? (
                <span className="rounded bg-purple-50 px-1 text-xs text-purple-700">{t("internal")}</span>
              ) : null}
              <time className="text-xs text-gray-500 tabular-nums">{formatDateTime(e.at, timeZone)}</time>
            </div>
            <p className="text-xs text-gray-500">
              {t(`roles.${e.actorRole}`)}
              {e.actorName && e.actorRole !== "system" ? ` · ${e.actorName}` : ""}
            </p>
            {note ? <p className="mt-1 rounded bg-gray-50 px-2 py-1 text-gray-700">{note}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
