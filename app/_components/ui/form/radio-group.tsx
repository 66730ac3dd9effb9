"use client";

import { Fragment, useId, type ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldGroup } from "./field";

export interface RadioOption<V extends string> {
  value: V;
  label: ReactNode;
  /** A line under the label (describes the radio, not part of its name). */
  hint?: ReactNode;
  /** Small tags after the label, e.g. 「需上传发票」. */
  tags?: readonly string[];
  /** Why it cannot be chosen now; the radio is disabled. */
  unavailable?: ReactNode;
  /** A small heading before this option, starting a sub-group (e.g. 「和解方案」). */
  heading?: ReactNode;
}

interface RadioGroupProps<V extends string> {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** What `register(name)` returned. */
  registration?: UseFormRegisterReturn;
  /** Without a registration: the radios' name, and what to do when one is chosen. */
  name?: string;
  onChoose?: (value: V) => void;
  /** The chosen value (watch(name)), for the chosen card's look. */
  selected: string | undefined | null;
  options: readonly RadioOption<V>[];
  layout?: "inline" | "stack";
  disabled?: boolean;
  className?: string;
  /** Extra content after the options (inside the group), e.g. a note about a binding rule. */
  footer?: ReactNode;
}

/**
 * One choice of several, registered as one field (`registration`), or held by the form itself
 * (`name` + `onChoose`) when the choice decides which fields exist. Nothing is preselected
 * unless the form's default says so: decisions start empty and the schema asks for a choice.
 * `layout` "inline" puts short options side by side, "stack" shows one card per option.
 */
export function RadioGroupField<V extends string>(props: RadioGroupProps<V>) {
  const baseId = useId();
  return (
    <FieldGroup
      legend={props.legend}
      hint={props.hint}
      error={props.error}
      disabled={props.disabled}
      className={props.className}
    >
      <div className={props.layout === "inline" ? "flex flex-wrap gap-2" : "flex flex-col gap-2"}>
        {props.options.map((option, index) => (
          <Fragment key={option.value}>
            {option.heading ? <p className="mt-1 text-xs font-medium text-gray-500">{option.heading}</p> : null}
            <RadioOptionCard option={option} id={`${baseId}-${index}`} group={props} />
          </Fragment>
        ))}
      </div>
      {props.footer}
    </FieldGroup>
  );
}

function RadioOptionCard<V extends string>({
  option,
  id,
  group,
}: {
  option: RadioOption<V>;
  id: string;
  group: RadioGroupProps<V>;
}) {
  const inline = group.layout === "inline";
  const hintId = option.hint || option.unavailable ? `${id}-hint` : undefined;
  const chosen = group.selected === option.value;
  const off = option.unavailable !== undefined && option.unavailable !== null;
  const look = off
    ? "cursor-not-allowed border-gray-200 bg-gray-50 text-gray-500"
    : chosen
      ? "cursor-pointer border-brand-500 bg-brand-500/5"
      : `cursor-pointer hover:bg-gray-50 ${group.error ? "border-red-300" : "border-gray-200"}`;
  const input = group.registration ?? {
    name: group.name,
    checked: chosen,
    onChange: () => group.onChoose?.(option.value),
  };
  return (
    <label className={`flex gap-2.5 rounded-md border text-sm ${inline ? "items-center px-3 py-1.5" : "p-3"} ${look}`}>
      <input
        type="radio"
        {...input}
        value={option.value}
        disabled={off}
        aria-labelledby={id}
        aria-describedby={hintId}
        aria-invalid={group.error ? true : undefined}
        className={`accent-brand-500 ${inline ? "" : "mt-0.5"}`}
      />
      <span className="flex flex-col gap-0.5">
        <span id={id} className={inline ? "" : "font-medium"}>
          {option.label}
          {(option.tags ?? []).map((tag) => (
            <span key={tag} className="ml-2 rounded bg-gray-100 px-1 text-xs font-normal text-gray-600">
              {tag}
            </span>
          ))}
        </span>
        {hintId ? (
          <span id={hintId} className="flex flex-col gap-0.5">
            {option.hint ? <span className="text-xs text-gray-500">{option.hint}</span> : null}
            {off ? <span className="text-xs text-amber-700">{option.unavailable}</span> : null}
          </span>
        ) : null}
      </span>
    </label>
  );
}
