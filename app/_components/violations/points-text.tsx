import { useTranslations } from "next-intl";
import type { ViolationStatus } from "@/server/domain/violation";

/** VIO-3: points as they count — struck through with "no points" once overturned, muted until in effect. */
export function PointsText({ points, status }: { points: number; status: ViolationStatus }) {
  const t = useTranslations("violation");
  if (status === "overturned") {
    return (
      <span className="inline-flex items-baseline gap-1.5">
        <s className="text-gray-500">{t("pointsValue", { points })}</s>
        <span className="text-xs text-green-700">{t("noPoints")}</span>
      </span>
    );
  }
  return (
    <span className={status === "effective" ? "font-medium text-red-700" : "text-gray-700"}>
      {t("pointsValue", { points })}
    </span>
  );
}
