import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppShell } from "../_components/app-shell";
import { requireAudience } from "../_components/require-audience";

export default async function ConsumerLayout({ children }: { children: ReactNode }) {
  const actor = await requireAudience("consumer");
  const t = await getTranslations("nav");
  const ta = await getTranslations("afterSales.nav");
  return (
    <AppShell
      area={t("myOrders")}
      home="/orders"
      user={actor.name}
      bell={{ href: "/notifications", audience: "consumer" }}
      nav={[
        { href: "/orders", label: t("myOrders") },
        { href: "/after-sales", label: ta("consumer") },
        { href: "/disputes", label: t("myDisputes") },
      ]}
    >
      {children}
    </AppShell>
  );
}
