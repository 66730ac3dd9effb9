"use client";

import { Inbox, Loader2, TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "../button";

/** Loading, error and empty states around any list; children render when there are rows. */
export function ListState(props: {
  status: "pending" | "error" | "success";
  empty: boolean;
  emptyText?: string;
  onRetry: () => void;
  children: ReactNode;
}) {
  const t = useTranslations("common");
  if (props.status === "pending") {
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
  if (props.status === "error") {
    return (
      <div
        className="flex flex-col items-center gap-2 rounded-lg border border-red-200 bg-red-50 py-10 text-sm text-red-700"
        role="alert"
      >
        <TriangleAlert className="size-5" aria-hidden />
        {t("error")}
        <Button variant="secondary" onClick={props.onRetry}>
          {t("retry")}
        </Button>
      </div>
    );
  }
  if (props.empty) {
    return (
      <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed border-gray-300 bg-white py-12 text-sm text-gray-500">
        <Inbox className="size-6 text-gray-300" aria-hidden />
        {props.emptyText ?? t("empty")}
      </div>
    );
  }
  return <>{props.children}</>;
}
