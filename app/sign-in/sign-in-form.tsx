"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { LogIn } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import type { DemoRole } from "@/server/seed/accounts";
import { Card } from "../_components/ui/card";
import { FormAlert } from "../_components/ui/form/form-alert";
import { SubmitButton } from "../_components/ui/form/submit-button";
import { TextField } from "../_components/ui/form/text-fields";
import { useErrorText } from "../_components/ui/form/use-error-text";

interface Props {
  demoPassword: string | null;
  accounts: { email: string; name: string; role: DemoRole }[];
}

/** What the sign-in endpoint takes (the form words its own messages for it). */
const signInInput = z.object({ email: z.string().trim().pipe(z.email()), password: z.string().min(1) });
type SignInInput = z.output<typeof signInInput>;

export function SignInForm({ demoPassword, accounts }: Props) {
  const t = useTranslations("signIn");
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(signInInput), defaultValues: { email: "", password: "" } });
  const errorText = useErrorText(form.formState.errors, { email: t("needEmail"), password: t("needPassword") });

  async function signIn(as: SignInInput) {
    setBusy(as.email);
    form.clearErrors("root");
    const res = await fetch("/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(as),
    });
    if (res.ok) {
      router.replace("/");
      router.refresh();
      return;
    }
    const body = (await res.json().catch(() => ({}))) as { message?: string };
    form.setError("root.server", {
      type: "server",
      message: res.status === 429 && body.message ? body.message : t("failed"),
    });
    setBusy(null);
  }

  return (
    <div className="grid gap-6 md:grid-cols-2">
      <Card title={t("title")}>
        <form className="flex flex-col gap-3" noValidate onSubmit={form.handleSubmit(signIn)}>
          <TextField
            label={t("email")}
            type="email"
            autoComplete="username"
            registration={form.register("email")}
            error={errorText("email")}
            controlClassName="px-3 py-2"
          />
          <TextField
            label={t("password")}
            type="password"
            autoComplete="current-password"
            registration={form.register("password")}
            error={errorText("password")}
            controlClassName="px-3 py-2"
          />
          <FormAlert message={errorText("root")} />
          <SubmitButton pending={busy !== null} pendingLabel={t("submitting")}>
            {t("submit")}
          </SubmitButton>
        </form>
      </Card>
      {demoPassword ? (
        <Card title={t("demoAccounts")}>
          <ul className="flex flex-col divide-y divide-gray-100">
            {accounts.map((account) => (
              <li key={account.email}>
                <button
                  type="button"
                  disabled={busy !== null}
                  onClick={() => void signIn({ email: account.email, password: demoPassword })}
                  className="flex w-full items-center gap-3 px-1 py-2 text-left hover:bg-gray-50 disabled:opacity-60"
                  data-testid={`demo-${account.email}`}
                >
                  <LogIn className="size-4 text-gray-500" aria-hidden />
                  <span className="flex-1">
                    <span className="font-medium">{account.name}</span>
                    <span className="ml-2 text-xs text-gray-500">{t(`roles.${account.role}`)}</span>
                    <span className="block text-xs text-gray-500">{account.email}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <p className="mt-2 text-xs text-gray-500">{t("demoHint", { password: demoPassword })}</p>
        </Card>
      ) : null}
    </div>
  );
}
