"use client";

import { useTranslations } from "next-intl";
import { createContext, useContext, type ReactNode } from "react";

const InsideMain = createContext(false);

/** The first thing Tab reaches on every page: straight past the header to the page's content. */
export function SkipLink() {
  const t = useTranslations("common");
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:font-medium focus:text-brand-700 focus:shadow-lg focus:ring-2 focus:ring-brand-500"
    >
      {t("skipToMain")}
    </a>
  );
}

/** The page's one `<main>`, the skip link's target. */
export function MainLandmark({ className = "", children }: { className?: string; children: ReactNode }) {
  return (
    <InsideMain.Provider value>
      <main id="main" tabIndex={-1} className={`focus:outline-none ${className}`}>
        {children}
      </main>
    </InsideMain.Provider>
  );
}

/**
 * For a screen shown both inside the app shell and on its own (the 404 page): inside the shell
 * it is part of the shell's `<main>`; on its own it brings the skip link and a `<main>`.
 */
export function OwnMain({ className = "", children }: { className?: string; children: ReactNode }) {
  if (useContext(InsideMain)) return <div className={className}>{children}</div>;
  return (
    <>
      <SkipLink />
      <MainLandmark className={className}>{children}</MainLandmark>
    </>
  );
}
