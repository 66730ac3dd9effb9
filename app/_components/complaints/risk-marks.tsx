import { useTranslations } from "next-intl";
import Link from "next/link";
import { formatDate } from "../format";
import { Badge } from "../ui/badge";
import type { RiskMarkView } from "./types";

/** The state of a mark at `now`: cleared, expired, or active. */
export function markState(mark: RiskMarkView, now: Date): "active" | "expired" | "cleared" {
  if (mark.clearedAt) return "cleared";
  return new Date(mark.expiresAt).getTime() <= now.getTime() ? "expired" : "active";
}

/** An admin's row of a buyer's marks (every complaint may be opened). */
export function adminMarkView(mark: {
  id: string;
  category: RiskMarkView["category"];
  since: Date;
  expiresAt: Date;
  complaintId: string;
  complaintNo: string;
  clearedAt: Date | null;
  clearReason: string | null;
}): RiskMarkView {
  return { ...mark };
}

/** A merchant's row: the complaint only when it was this shop's own (never another shop's number or evidence). */
export function merchantMarkView(mark: {
  id: string;
  category: RiskMarkView["category"];
  since: Date;
  expiresAt: Date;
  ownComplaint: { id: string; complaintNo: string } | null;
}): RiskMarkView {
  return {
    id: mark.id,
    category: mark.category,
    since: mark.since,
    expiresAt: mark.expiresAt,
    complaintId: mark.ownComplaint?.id ?? null,
    complaintNo: mark.ownComplaint?.complaintNo ?? null,
  };
}

const tone = { active: "red", expired: "gray", cleared: "gray" } as const;

/**
 * MAL-2: a buyer's risk marks — category, since when, until when, which complaint. `complaintHref` is given
 * only for complaints the viewer may open (admins; the merchant of that complaint's shop); other shops'
 * marks say "from another shop's complaint" and show nothing of its evidence.
 */
export function RiskMarkList(props: {
  marks: RiskMarkView[];
  now: Date;
  timeZone: string;
  complaintHref: (complaintId: string) => string;
  action?: (mark: RiskMarkView) => React.ReactNode;
}) {
  const t = useTranslations("complaint.marks");
  if (props.marks.length === 0) return <p className="text-sm text-gray-500">{t("none")}</p>;
  return (
    <ul className="flex flex-col gap-2" data-testid="risk-marks">
      {props.marks.map((mark) => {
        const state = markState(mark, props.now);
        return (
          <li
            key={mark.id}
            className="flex flex-col gap-1 rounded-md border border-gray-200 p-3 text-sm"
            data-testid="risk-mark"
            data-state={state}
          >
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium">
                <CategoryText category={mark.category} />
              </span>
              <Badge tone={tone[state]}>{t(state)}</Badge>
              <span className="text-xs text-gray-600">
                {t("since", { date: formatDate(mark.since, props.timeZone) })} ·{" "}
                {t("expires", { date: formatDate(mark.expiresAt, props.timeZone) })}
              </span>
            </div>
            <p className="text-xs text-gray-600">
              {mark.complaintId && mark.complaintNo ? (
                <Link href={props.complaintHref(mark.complaintId)} className="text-blue-700 hover:underline">
                  {t("fromComplaint", { complaintNo: mark.complaintNo })}
                </Link>
              ) : (
                t("otherShop")
              )}
            </p>
            {mark.clearedAt ? (
              <p className="text-xs text-gray-600">
                {t("clearedBy", {
                  date: formatDate(mark.clearedAt, props.timeZone),
                  reason: mark.clearReason ?? "",
                })}
              </p>
            ) : null}
            {props.action && state === "active" ? <div>{props.action(mark)}</div> : null}
          </li>
        );
      })}
    </ul>
  );
}

function CategoryText({ category }: { category: RiskMarkView["category"] }) {
  const t = useTranslations("complaint.categories");
  return <>{t(category)}</>;
}
