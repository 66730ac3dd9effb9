import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { Toaster } from "sonner";
import { TRPCReactProvider } from "./_trpc/client";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Arbiter 售后仲裁", template: "%s · Arbiter" },
  description: "After-sales work orders and disputes for online marketplaces",
  // The files live in public/ (favicon.ico, icon.svg, apple-icon.png; see scripts/make-icons.mjs).
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: "/apple-icon.png",
  },
  // A signed-in work tool: kept out of search engines (also public/robots.txt).
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang={locale}>
      <head>
        {/* Forms validate with zod, which otherwise probes `new Function` once: the CSP reports the probe even though it fails quietly. */}
        <script
          nonce={nonce}
          suppressHydrationWarning
          dangerouslySetInnerHTML={{ __html: "globalThis.__zod_globalConfig={jitless:true};" }}
        />
      </head>
      <body className="min-h-dvh">
        <NextIntlClientProvider>
          <TRPCReactProvider>
            {children}
            <Toaster richColors position="top-center" />
          </TRPCReactProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
