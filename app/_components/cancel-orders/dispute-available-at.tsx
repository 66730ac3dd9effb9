"use client";

import { useLocale, useTranslations } from "next-intl";
import { Countdown } from "../countdown";
import { formatWhenFrom } from "./when";

/**
 * DSP-CXL-7: when the consumer may open a cancellation dispute over a request still within the
 * merchant's review window — "可于 <time> 起申请取消订单纠纷" in the shop's time zone, with a
 * live countdown to that instant.
 */
export function DisputeAvailableAt({
  availableAt,
  timeZone,
  serverNow,
}: {
  availableAt: Date | string;
  timeZone: string;
  serverNow: Date | string;
}) {
  const t = useTranslations("cancelOrder.orderCard");
  const locale = useLocale();
  return (
    <p className="flex flex-wrap items-center gap-2 text-xs text-gray-600" data-testid="cancel-dispute-available-at">
      {t("disputeFrom", { when: formatWhenFrom(availableAt, timeZone, locale) })}
      <Countdown due={availableAt} serverNow={serverNow} timeZone={timeZone} />
    </p>
  );
}
