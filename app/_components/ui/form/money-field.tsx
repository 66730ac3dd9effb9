"use client";

import { useState, type ReactNode } from "react";
import { useController, type FieldPath, type FieldValues, type UseControllerProps } from "react-hook-form";
import { yuanToFen } from "../../disputes/localized";
import { controlClass, Field } from "./field";

/** Integer fen as yuan for the input ("12.50"). */
function fenToYuan(fen: number): string {
  return (fen / 100).toFixed(2);
}

/**
 * An amount typed in yuan and kept in the form as integer fen, as the schemas take it: blank is
 * undefined, a malformed amount NaN (the schema refuses it, the form's fallback says why).
 * Unregistered when it unmounts, so a hidden amount is not submitted.
 */
export function MoneyField<T extends FieldValues, N extends FieldPath<T>, O>(
  props: Pick<UseControllerProps<T, N, O>, "control" | "name"> & {
    label: ReactNode;
    hint?: ReactNode;
    error?: string;
    className?: string;
  },
) {
  const { field } = useController({ control: props.control, name: props.name, shouldUnregister: true });
  const initial: unknown = field.value;
  const [text, setText] = useState(typeof initial === "number" && Number.isFinite(initial) ? fenToYuan(initial) : "");
  return (
    <Field label={props.label} hint={props.hint} error={props.error} className={props.className}>
      {(control) => (
        <input
          {...control}
          ref={field.ref}
          name={field.name}
          value={text}
          onBlur={field.onBlur}
          onChange={(event) => {
            const typed = event.target.value;
            setText(typed);
            field.onChange(typed.trim() === "" ? undefined : (yuanToFen(typed) ?? Number.NaN));
          }}
          inputMode="decimal"
          placeholder="0.00"
          className={`${controlClass} max-w-48 tabular-nums`}
        />
      )}
    </Field>
  );
}
