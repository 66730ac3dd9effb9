"use client";

import { useTranslations } from "next-intl";
import { controlClass, Field } from "../ui/form/field";
import {
  EVIDENCE_KINDS,
  HOUR_MS,
  issuePath,
  policyFields,
  setAt,
  toggleKeyed,
  zodPath,
  type PolicyJson,
  type Segment,
} from "./policy-fields";

export interface DraftIssue {
  path: string;
  message: string;
}

/**
 * ROL-1: the draft's common parameters as a form — durations in hours, counts and points,
 * accepted evidence formats, and which keyed options (plans, reasons, slots) the version offers.
 * Issues from the last save show under the field whose path they name.
 */
export function DraftFields(props: {
  policy: PolicyJson;
  reference: unknown;
  issues: readonly DraftIssue[];
  disabled: boolean;
  /** Bumped when the policy is replaced wholesale, so uncontrolled inputs take the new values. */
  revision: number;
  onChange: (policy: PolicyJson, structural: boolean) => void;
}) {
  const t = useTranslations("policies.draft");
  const tParam = useTranslations("policies.params");
  /** The field's path, after a readable name where the key is a common one. */
  const labelOf = (path: readonly Segment[], text: string) => {
    const key = [...path].reverse().find((s): s is string => typeof s === "string") ?? "";
    return (
      <span className="break-all">
        {tParam.has(key) ? <span className="mr-1 break-normal">{tParam(key)} ·</span> : null}
        {text}
      </span>
    );
  };
  const { policy, disabled } = props;
  const fields = policyFields(policy, props.reference);
  const issueAt = (path: readonly Segment[]) =>
    props.issues
      .filter((i) => issuePath(i.path) === zodPath(path))
      .map((i) => i.message)
      .join(";") || undefined;
  const durations = fields.numbers.filter((f) => f.kind === "duration");
  const counts = fields.numbers.filter((f) => f.kind === "number");

  return (
    <div className="flex flex-col gap-4">
      {durations.length > 0 ? (
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-semibold text-gray-800">{t("durations")}</legend>
          <div className="grid gap-3 sm:grid-cols-2">
            {durations.map((f) => (
              <Field
                key={`${f.label}-${props.revision}`}
                label={labelOf(f.path, `${f.label} (${t("hours")})`)}
                error={issueAt(f.path)}
              >
                {(control) => (
                  <input
                    {...control}
                    type="number"
                    inputMode="decimal"
                    step="any"
                    min={0}
                    defaultValue={+(f.value / HOUR_MS).toFixed(4)}
                    disabled={disabled}
                    className={controlClass}
                    onChange={(event) => {
                      const hours = event.currentTarget.valueAsNumber;
                      if (Number.isFinite(hours))
                        props.onChange(setAt(policy, f.path, Math.round(hours * HOUR_MS)), false);
                    }}
                  />
                )}
              </Field>
            ))}
          </div>
        </fieldset>
      ) : null}
      {counts.length > 0 ? (
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-semibold text-gray-800">{t("numbers")}</legend>
          <div className="grid gap-3 sm:grid-cols-2">
            {counts.map((f) => (
              <Field key={`${f.label}-${props.revision}`} label={labelOf(f.path, f.label)} error={issueAt(f.path)}>
                {(control) => (
                  <input
                    {...control}
                    type="number"
                    inputMode="decimal"
                    step="any"
                    defaultValue={f.value}
                    disabled={disabled}
                    className={controlClass}
                    onChange={(event) => {
                      const value = event.currentTarget.valueAsNumber;
                      if (Number.isFinite(value)) props.onChange(setAt(policy, f.path, value), false);
                    }}
                  />
                )}
              </Field>
            ))}
          </div>
        </fieldset>
      ) : null}
      {fields.accepts.length > 0 ? (
        <section className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold text-gray-800">{t("evidence")}</h3>
          {fields.accepts.map((f) => {
            const kinds = [...new Set([...EVIDENCE_KINDS, ...f.value])];
            const error = issueAt(f.path);
            return (
              <fieldset key={f.label} className="flex flex-col gap-1 text-sm">
                <legend className="break-all text-xs text-gray-700">{f.label}</legend>
                <div className="flex flex-wrap gap-3">
                  {kinds.map((kind) => (
                    <label key={kind} className="flex items-center gap-1">
                      <input
                        type="checkbox"
                        checked={f.value.includes(kind)}
                        disabled={disabled}
                        onChange={(event) => {
                          const next = event.currentTarget.checked
                            ? kinds.filter((k) => k === kind || f.value.includes(k))
                            : f.value.filter((k) => k !== kind);
                          props.onChange(setAt(policy, f.path, next), false);
                        }}
                      />
                      {kind}
                    </label>
                  ))}
                </div>
                {error ? <p className="text-xs text-red-600">{error}</p> : null}
              </fieldset>
            );
          })}
        </section>
      ) : null}
      {fields.keyed.length > 0 ? (
        <section className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold text-gray-800">{t("options")}</h3>
          <p className="text-xs text-gray-500">{t("optionsHint")}</p>
          {fields.keyed.map((f) => {
            const error = issueAt(f.path);
            return (
              <fieldset key={f.label} className="flex flex-col gap-1 text-sm">
                <legend className="break-all text-xs text-gray-700">{f.label}</legend>
                {f.entries.map((entry) => (
                  <label key={entry.key} className="flex items-start gap-2">
                    <input
                      type="checkbox"
                      className="mt-1"
                      checked={entry.kept}
                      disabled={disabled}
                      onChange={(event) =>
                        props.onChange(
                          toggleKeyed(policy, props.reference, f.path, entry.key, event.currentTarget.checked),
                          true,
                        )
                      }
                    />
                    <span className="break-words">{entry.label}</span>
                  </label>
                ))}
                {error ? <p className="text-xs text-red-600">{error}</p> : null}
              </fieldset>
            );
          })}
        </section>
      ) : null}
    </div>
  );
}
