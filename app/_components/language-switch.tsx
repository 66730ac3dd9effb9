"use client";

import { Languages } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";

/** The other language, named in itself, as the button shows it. */
const otherLanguage = {
  "zh-CN": { locale: "en", name: "English" },
  en: { locale: "zh-CN", name: "中文" },
} as const;

/**
 * Toggles zh-CN / English and remembers the choice for a year. Its accessible name is
 * "切换语言 English" / "Switch language 中文": it says what it does and contains what it shows,
 * and the language's name is marked up in that language so screen readers say it right.
 */
export function LanguageSwitch() {
  const t = useTranslations("common");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const next = otherLanguage[locale === "en" ? "en" : "zh-CN"];
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => {
        document.cookie = `NEXT_LOCALE=${next.locale}; path=/; max-age=31536000; samesite=lax`;
        startTransition(() => router.refresh());
      }}
      className="inline-flex items-center gap-1 rounded px-2 py-1 text-gray-600 hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-brand-500"
      data-testid="language-switch"
    >
      <Languages className="size-4" aria-hidden />
      <span className="sr-only">{t("switchLanguage")} </span>
      <span lang={next.locale}>{next.name}</span>
    </button>
  );
}
