import { useLocale, useTranslations } from "next-intl";
import { formatWhen } from "../cancel-orders/when";
import { formatFen } from "../format";
import type { DisputeDetail } from "@/server/services/disputes/get-dispute";
import { localized } from "./localized";
import type { OutlookLine } from "./outlook";

/** Outlook sentences in the viewer's language: amounts in yuan, instants as "11月25日 14:00" in the shop's zone. */
export function OutlookLines({
  lines,
  detail,
  className = "",
  testId,
}: {
  lines: OutlookLine[];
  detail: Pick<DisputeDetail, "dispute" | "order">;
  className?: string;
  testId?: string;
}) {
  const t = useTranslations("dispute");
  const locale = useLocale();
  if (lines.length === 0) return null;
  return (
    <ul className={`flex flex-col gap-1 text-sm ${className}`} data-testid={testId}>
      {lines.map((line) => (
        <li key={line.key}>
          {t(line.key, {
            at: line.at ? formatWhen(line.at, detail.order.timeZone, locale) : "",
            // In "remedy amount" the amount follows a word; elsewhere it stands alone.
            amount: line.amountFen ? `${line.remedy ? " " : ""}${formatFen(line.amountFen)}` : "",
            party: t(`parties.${line.liable ?? detail.dispute.responsibleParty}`),
            remedy: line.remedy ? t(`remedies.${line.remedy}`) : "",
            reason: localized(line.reason, locale),
          })}
        </li>
      ))}
    </ul>
  );
}
