"use client";

import { Loader2, TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "../ui/button";

/** A route segment's loading state (loading.tsx) while its server component fetches. */
export function RouteLoading() {
  const t = useTranslations("common");
  return (
    <div
      className="flex items-center justify-center gap-2 rounded-lg border border-gray-200 bg-white py-16 text-sm text-gray-500"
      role="status"
    >
      <Loader2 className="size-4 animate-spin" aria-hidden />
      {t("loading")}
    </div>
  );
}

/** A route segment's error state (error.tsx): nothing typed is lost — the page re-renders on retry. */
export function RouteError({ reset }: { reset: () => void }) {
  const t = useTranslations("common");
  return (
    <div
      className="flex flex-col items-center gap-2 rounded-lg border border-red-200 bg-red-50 py-12 text-sm text-red-700"
      role="alert"
    >
      <TriangleAlert className="size-5" aria-hidden />
      {t("error")}
      <Button variant="secondary" onClick={reset}>
        {t("retry")}
      </Button>
    </div>
  );
}
