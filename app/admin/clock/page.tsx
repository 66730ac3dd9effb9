import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { DemoClockPanel } from "@/app/_components/demo-clock-panel";
import { formatDateTime } from "@/app/_components/format";
import { Card } from "@/app/_components/ui/card";
import { getContext } from "@/app/_trpc/server";
import { isDemoMode } from "@/server/demo-mode";
import { DEFAULT_TIME_ZONE } from "@/server/domain/shop";

export const metadata = { title: "演示时钟" };

/** The demo clock exists only in demo mode; elsewhere this page does not exist. */
export default async function DemoClockPage() {
  if (!isDemoMode()) notFound();
  const t = await getTranslations("clock");
  const { now } = await getContext();
  return (
    <Card title={t("title")} className="max-w-2xl">
      <DemoClockPanel now={formatDateTime(now(), DEFAULT_TIME_ZONE)} />
    </Card>
  );
}
