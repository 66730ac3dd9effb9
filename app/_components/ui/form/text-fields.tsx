"use client";

import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { controlClass, Field } from "./field";

interface FieldText {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** What `register(name)` returned. */
  registration: UseFormRegisterReturn;
  className?: string;
}

type NativeProps<P> = Omit<
  P,
  "id" | "name" | "onChange" | "onBlur" | "aria-invalid" | "aria-describedby" | "className"
> & { controlClassName?: string };

/** A labelled one-line input with its hint and inline error. */
export function TextField({
  label,
  hint,
  error,
  registration,
  className,
  controlClassName = "",
  ...input
}: FieldText & NativeProps<InputHTMLAttributes<HTMLInputElement>>) {
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <input {...input} {...control} {...registration} className={`${controlClass} ${controlClassName}`} />
      )}
    </Field>
  );
}

/** A labelled textarea with its hint and inline error. */
export function TextareaField({
  label,
  hint,
  error,
  registration,
  className,
  controlClassName = "",
  ...textarea
}: FieldText & NativeProps<TextareaHTMLAttributes<HTMLTextAreaElement>>) {
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <textarea {...textarea} {...control} {...registration} className={`${controlClass} ${controlClassName}`} />
      )}
    </Field>
  );
}
