import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppShell } from "../_components/app-shell";
import { requireAudience } from "../_components/require-audience";

export default async function MerchantLayout({ children }: { children: ReactNode }) {
  const actor = await requireAudience("merchant");
  const t = await getTranslations("nav");
  const ta = await getTranslations("afterSales.nav");
  const tc = await getTranslations("complaint.nav");
  const tp = await getTranslations("policies.nav");
  return (
    <AppShell
      area={t("workbench")}
      home="/merchant"
      user={actor.name}
      subtitle={actor.merchant?.shopName}
      timeZone={actor.merchant?.timeZone}
      bell={{ href: "/merchant/notifications", audience: "merchant" }}
      nav={[
        { href: "/merchant/work-orders", label: t("warningQueue") },
        { href: "/merchant/disputes", label: t("disputes") },
        { href: "/merchant/after-sales", label: ta("merchant") },
        { href: "/merchant/cancel-orders", label: t("cancelOrders") },
        { href: "/merchant/violations", label: t("violations") },
        { href: "/merchant/complaints", label: tc("merchant") },
        { href: "/merchant/metrics", label: t("metrics") },
        { href: "/merchant/invoices", label: t("invoices") },
        { href: "/merchant/orders", label: t("orders") },
        { href: "/merchant/rules", label: tp("merchant") },
        ...(actor.merchant?.role === "owner"
          ? [{ href: "/merchant/settings/after-sales", label: ta("settings") }]
          : []),
      ]}
    >
      {children}
    </AppShell>
  );
}
