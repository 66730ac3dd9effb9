"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { controlClass } from "../ui/form/field";
import type { PolicyJson } from "./policy-fields";

function isPolicyJson(value: unknown): value is PolicyJson {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** ROL-1 fallback: the whole draft as JSON, for the parameters the form does not cover. */
export function DraftJson(props: { policy: PolicyJson; disabled: boolean; onApply: (policy: PolicyJson) => void }) {
  const t = useTranslations("policies.draft");
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const shown = text ?? JSON.stringify(props.policy, null, 2);

  function apply() {
    try {
      const parsed: unknown = JSON.parse(shown);
      if (!isPolicyJson(parsed)) throw new Error("{…}");
      setError(undefined);
      setText(null);
      props.onApply(parsed);
    } catch (e) {
      setError(t("jsonError", { detail: e instanceof Error ? e.message : String(e) }));
    }
  }

  return (
    <Card>
      <details>
        <summary className="cursor-pointer text-sm font-semibold text-gray-800">{t("advanced")}</summary>
        <div className="mt-2 flex flex-col gap-2">
          <label htmlFor={id} className="text-xs text-gray-600">
            {t("advancedHint")}
          </label>
          <textarea
            id={id}
            value={shown}
            onChange={(event) => setText(event.currentTarget.value)}
            rows={16}
            spellCheck={false}
            disabled={props.disabled}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            className={`${controlClass} font-mono text-xs`}
          />
          {error ? (
            <p id={`${id}-error`} className="text-xs text-red-600">
              {error}
            </p>
          ) : null}
          <div>
            <Button variant="secondary" disabled={props.disabled || text === null} onClick={apply}>
              {t("applyJson")}
            </Button>
          </div>
        </div>
      </details>
    </Card>
  );
}
