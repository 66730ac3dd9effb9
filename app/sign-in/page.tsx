import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { DEMO_PASSWORD, demoAccounts } from "@/server/seed/accounts";
import { homeFor } from "@/server/auth/actor";
import { isDemoMode } from "@/server/demo-mode";
import { LanguageSwitch } from "../_components/language-switch";
import { MainLandmark, SkipLink } from "../_components/page-landmarks";
import { getContext } from "../_trpc/server";
import { SignInForm } from "./sign-in-form";

export const metadata = { title: "登录 Sign in" };

export default async function SignInPage() {
  const { actor } = await getContext();
  if (actor) redirect(homeFor(actor));
  const t = await getTranslations();
  const demo = isDemoMode();
  return (
    <div className="mx-auto flex min-h-dvh max-w-4xl flex-col justify-center gap-6 px-4 py-8">
      <SkipLink />
      <header className="flex items-center justify-between">
        <div>
          <h1 className="text-2xl font-semibold text-brand-600">{t("app.name")}</h1>
          <p className="text-sm text-gray-600">{t("app.tagline")}</p>
        </div>
        <LanguageSwitch />
      </header>
      <MainLandmark>
        <SignInForm
          demoPassword={demo ? DEMO_PASSWORD : null}
          accounts={demo ? demoAccounts.map(({ email, name, role }) => ({ email, name, role })) : []}
        />
      </MainLandmark>
    </div>
  );
}
