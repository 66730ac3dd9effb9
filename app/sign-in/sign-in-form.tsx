"use client";

import { LogIn } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { DemoRole } from "@/db/seed/accounts";
import { Button } from "../_components/ui/button";
import { Card } from "../_components/ui/card";

interface Props {
  demoPassword: string | null;
  accounts: { email: string; name: string; role: DemoRole }[];
}

export function SignInForm({ demoPassword, accounts }: Props) {
  const t = useTranslations("signIn");
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function signIn(as: { email: string; password: string }) {
    setBusy(as.email);
    setError(null);
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
    setError(res.status === 429 && body.message ? body.message : t("failed"));
    setBusy(null);
  }

  return (
    <div className="grid gap-6 md:grid-cols-2">
      <Card title={t("title")}>
        <form
          className="flex flex-col gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            void signIn({ email: email.trim(), password });
          }}
        >
          <label className="flex flex-col gap-1 text-sm">
            {t("email")}
            <input type="email" required autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} className="rounded-md border border-gray-300 px-3 py-2" />
          </label>
          <label className="flex flex-col gap-1 text-sm">
            {t("password")}
            <input type="password" required autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} className="rounded-md border border-gray-300 px-3 py-2" />
          </label>
          {error ? (
            <p role="alert" className="rounded bg-red-50 px-3 py-2 text-sm text-red-700">
              {error}
            </p>
          ) : null}
          <Button type="submit" disabled={busy !== null}>
            {busy === email.trim() ? t("submitting") : t("submit")}
          </Button>
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
                  <LogIn className="size-4 text-gray-400" aria-hidden />
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
