import { useLocale, useTranslations } from "next-intl";
import { formatWhen } from "../cancel-orders/when";
import type { ApplyOptions } from "./view";

type ItemOptions = ApplyOptions["items"][number];

/**
 * AS-1/AS-7 said beforehand: for one item, each type it may be applied for until when, and the
 * ones it may not (and why: the window closed on …, no warranty, a live service order, …).
 */
export function ItemAvailability({ item, timeZone }: { item: ItemOptions; timeZone: string }) {
  const t = useTranslations("afterSales");
  const locale = useLocale();
  if (item.blocked)
    return (
      <p className="text-xs text-amber-700" data-testid="item-blocked">
        {t("consumer.notAvailable", { why: t(`refusals.${item.blocked.code}`) })}
      </p>
    );
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs" data-testid="item-availability">
      {item.available.map((o) => (
        <li key={o.type} className="text-gray-700">
          <span className="font-medium">{t(`types.${o.type}`)}</span>{" "}
          <span className="text-gray-500 tabular-nums">
            {t("consumer.until", { until: formatWhen(o.until, timeZone, locale) })}
          </span>
        </li>
      ))}
      {item.unavailable.map((u) => (
        <li key={u.type} className="text-gray-400">
          <span className="line-through">{t(`types.${u.type}`)}</span>{" "}
          {u.closedAt
            ? t("consumer.closedAt", { at: formatWhen(u.closedAt, timeZone, locale) })
            : t(`refusals.${u.code}`)}
        </li>
      ))}
    </ul>
  );
}
