import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppShell } from "../_components/app-shell";
import { requireAudience } from "../_components/require-audience";

export default async function ConsumerLayout({ children }: { children: ReactNode }) {
  const actor = await requireAudience("consumer");
  const t = await getTranslations("nav");
  return (
    <AppShell area={t("myOrders")} home="/orders" user={actor.name} bell={{ href: "/notifications", audience: "consumer" }} nav={[
        { href: "/orders", label: t("myOrders") },
        { href: "/disputes", label: t("myDisputes") },
      ]}>
      {children}
    </AppShell>
  );
}
