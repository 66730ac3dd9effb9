import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { OwnMain } from "./_components/page-landmarks";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <OwnMain className="mx-auto flex min-h-[60dvh] max-w-md flex-col items-center justify-center gap-3 px-4 text-center">
      <p className="text-5xl font-bold text-gray-500" aria-hidden>
        404
      </p>
      <h1 className="text-lg font-semibold">{t("notFoundTitle")}</h1>
      <p className="text-sm text-gray-600">{t("notFoundBody")}</p>
      <Link href="/" className="text-sm text-brand-600 hover:underline">
        {t("home")}
      </Link>
    </OwnMain>
  );
}
