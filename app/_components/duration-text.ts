import { useTranslations } from "next-intl";
import { formatDuration } from "./format";

/** Says durations in the viewer's language: 1天23小时11分 / 1 day 23 h 11 min (see formatDuration). */
export function useDurationText(): (ms: number) => string {
  const t = useTranslations("clock.duration");
  return (ms) =>
    formatDuration(ms, {
      unit: (unit, count) => t(unit, { count }),
      join: (first, rest) => t("join", { first, rest }),
    });
}
