"use client";

import { useTranslations } from "next-intl";
import { Tabs } from "../ui/tabs";
import { queueViews, type QueueFilters } from "./queue-query";

/** The warning queue's two views: work orders to handle (by deadline) and the history. */
export function QueueViewTabs({
  view,
  onChange,
}: {
  view: QueueFilters["view"];
  onChange: (view: QueueFilters["view"]) => void;
}) {
  const t = useTranslations("workOrder");
  return (
    <Tabs
      label={t("viewsLabel")}
      value={view}
      onValueChange={onChange}
      items={queueViews.map((tab) => ({ value: tab, label: t(`views.${tab}`) }))}
    />
  );
}
