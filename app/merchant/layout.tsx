import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppShell } from "../_components/app-shell";
import { requireAudience } from "../_components/require-audience";

export default async function MerchantLayout({ children }: { children: ReactNode }) {
  const actor = await requireAudience("merchant");
  const t = await getTranslations("nav");
  return (
    <AppShell area={t("workbench")} home="/merchant" user={actor.name} subtitle={actor.merchant?.shopName} bell={{ href: "/merchant/notifications", audience: "merchant" }} nav={[
        { href: "/merchant/work-orders", label: t("warningQueue") },
        { href: "/merchant/disputes", label: t("disputes") },
        { href: "/merchant/cancel-orders", label: t("cancelOrders") },
        { href: "/merchant/violations", label: t("violations") },
        { href: "/merchant/metrics", label: t("metrics") },
        { href: "/merchant/invoices", label: t("invoices") },
        { href: "/merchant/orders", label: t("orders") },
      ]}>
      {children}
    </AppShell>
  );
}
