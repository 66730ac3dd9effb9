import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { isDemoMode } from "@/server/demo-mode";
import { AppShell } from "../_components/app-shell";
import { requireAudience } from "../_components/require-audience";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await requireAudience("admin");
  const t = await getTranslations();
  const level =
    actor.admin?.level === "senior_reviewer"
      ? t("signIn.roles.admin_senior_reviewer")
      : t("signIn.roles.admin_adjudicator");
  return (
    <AppShell
      area={t("nav.console")}
      home="/admin"
      user={actor.name}
      subtitle={level}
      nav={[
        { href: "/admin/adjudication", label: t("nav.adjudication") },
        { href: "/admin/work-orders", label: t("nav.platformWorkOrders") },
        { href: "/admin/after-sales/receipts", label: t("nav.fbpReceipts") },
        { href: "/admin/complaints", label: t("complaint.nav.admin") },
        { href: "/admin/appeals", label: t("nav.appeals") },
        { href: "/admin/violations", label: t("nav.adminViolations") },
        { href: "/admin/delistings", label: t("nav.delistings") },
        { href: "/admin/stuck-deadlines", label: t("nav.stuckDeadlines") },
        { href: "/admin/disputes", label: t("nav.platformDisputes") },
        { href: "/admin/invoices", label: t("nav.platformInvoices") },
        { href: "/admin/shops", label: t("nav.shops") },
        { href: "/admin/policies", label: t("policies.nav.admin") },
        ...(isDemoMode()
          ? [
              { href: "/admin/clock", label: t("clock.title") },
              { href: "/admin/logistics", label: t("nav.logistics") },
            ]
          : []),
      ]}
    >
      {children}
    </AppShell>
  );
}
