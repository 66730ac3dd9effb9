import { useLocale, useTranslations } from "next-intl";
import { formatFen } from "../format";
import { explainCancelOrder, type CancelFacts } from "./explain";
import { formatWhen } from "./when";

/** The cancel order's state and what comes next, in sentences (DSP-CXL-2..4). */
export function ExplainLines({ facts, timeZone }: { facts: CancelFacts; timeZone: string }) {
  const t = useTranslations("cancelOrder.explain");
  const locale = useLocale();
  return (
    <ul className="flex flex-col gap-1 text-sm text-gray-800" data-testid="cancel-explain">
      {explainCancelOrder(facts).map((line) => (
        <li key={line.key}>
          {t(line.key, {
            amount: line.amountFen === undefined ? "" : formatFen(line.amountFen),
            at: line.at ? formatWhen(line.at, timeZone, locale) : "",
          })}
        </li>
      ))}
    </ul>
  );
}
