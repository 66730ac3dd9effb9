import { Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";

/** The route's loading state while the numbers are counted. */
export function MetricsLoading() {
  const t = useTranslations("common");
  return (
    <div
      className="flex items-center justify-center gap-2 rounded-lg border border-gray-200 bg-white py-12 text-sm text-gray-500"
      role="status"
    >
      <Loader2 className="size-4 animate-spin" aria-hidden />
      {t("loading")}
    </div>
  );
}
