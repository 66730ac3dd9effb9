import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { isDemoMode } from "@/server/demo-mode";
import { DEFAULT_TIME_ZONE } from "@/server/domain/shop";
import { getContext } from "../_trpc/server";
import { formatDateTime } from "./format";
import { LanguageSwitch } from "./language-switch";
import { NavLinks, type NavItem } from "./nav-links";
import { NotificationBell } from "./notifications/notification-bell";
import { MainLandmark, SkipLink } from "./page-landmarks";
import { SignOutButton } from "./sign-out-button";
import { TimeZoneProvider } from "./time-zone";

/**
 * The frame every audience works in: a skip link, brand, its sections, who is signed in,
 * language, then the page as the `<main>` landmark. `timeZone` is the one times are shown in
 * (the merchant's shop's; Asia/Shanghai for consumers and admins unless a record says otherwise).
 */
export async function AppShell(props: {
  area: string;
  home: string;
  user: string;
  subtitle?: string;
  nav: NavItem[];
  bell?: { href: string; audience: "merchant" | "consumer" };
  timeZone?: string;
  children: ReactNode;
}) {
  const t = await getTranslations("common");
  const demo = isDemoMode();
  // In demo mode the app's time may run ahead of the wall clock: show it.
  const timeZone = props.timeZone ?? DEFAULT_TIME_ZONE;
  const demoNow = demo ? formatDateTime((await getContext()).now(), timeZone) : null;
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <header className="sticky top-0 z-20 border-b border-gray-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-3 py-2 sm:px-6">
          <Link href={props.home} className="flex items-center gap-2 font-semibold text-brand-600">
            <span className="grid size-7 place-items-center rounded bg-brand-500 text-sm text-white">仲</span>
            <span className="hidden sm:inline">Arbiter</span>
            <span className="text-sm font-medium text-gray-600">{props.area}</span>
          </Link>
          {demoNow ? (
            <span
              className="rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-800 tabular-nums"
              title={t("demoMode")}
            >
              {t("demoMode")} · <span data-testid="app-now">{demoNow}</span>
            </span>
          ) : null}
          <div className="ml-auto flex items-center gap-2 text-sm">
            <span className="max-w-40 truncate text-gray-700" title={props.subtitle}>
              {props.user}
              {props.subtitle ? <span className="hidden text-gray-500 md:inline"> · {props.subtitle}</span> : null}
            </span>
            {props.bell ? <NotificationBell href={props.bell.href} audience={props.bell.audience} /> : null}
            <LanguageSwitch />
            <SignOutButton label={t("signOut")} />
          </div>
        </div>
        <NavLinks items={props.nav} />
      </header>
      <MainLandmark className="mx-auto w-full max-w-7xl flex-1 px-3 py-4 sm:px-6 sm:py-6">
        <TimeZoneProvider timeZone={timeZone}>{props.children}</TimeZoneProvider>
      </MainLandmark>
    </div>
  );
}
