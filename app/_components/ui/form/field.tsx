"use client";

import { useId, type ReactNode } from "react";

/** What a control needs to be named by its label and described by its hint and error. */
export interface ControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

/** Inputs, selects and textareas of every form: a red border while invalid. */
export const controlClass =
  "w-full rounded-md border border-gray-300 bg-white px-2 py-1.5 text-sm disabled:bg-gray-50 aria-invalid:border-red-500 aria-invalid:ring-1 aria-invalid:ring-red-500";

/** The ids of a field's hint and error, for aria-describedby. */
export function useDescription(hint: ReactNode, error: string | undefined) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return { id, hintId, errorId, describedBy };
}

/** The error line under a field (its id is in the control's aria-describedby). */
export function FieldError({ id, message }: { id: string | undefined; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="text-xs text-red-600">
      {message}
    </p>
  );
}

/**
 * A labelled field: the label, the control (given its id and aria attributes), a hint and the
 * field's error inline. `error` is already in the viewer's language (see useErrorText).
 */
export function Field(props: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const { id, hintId, errorId, describedBy } = useDescription(props.hint, props.error);
  return (
    <div className={`flex flex-col gap-1 text-sm ${props.className ?? ""}`}>
      <label htmlFor={id} className="font-medium text-gray-800">
        {props.label}
      </label>
      {props.children({ id, "aria-invalid": props.error ? true : undefined, "aria-describedby": describedBy })}
      {props.hint ? (
        <p id={hintId} className="text-xs text-gray-500">
          {props.hint}
        </p>
      ) : null}
      <FieldError id={errorId} message={props.error} />
    </div>
  );
}

/**
 * A group of controls under one legend (radios, checkboxes, uploads): the fieldset is named by
 * the legend and described by the hint and the group's error.
 */
export function FieldGroup(props: {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  disabled?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const { hintId, errorId, describedBy } = useDescription(props.hint, props.error);
  return (
    <fieldset
      className={`flex min-w-0 flex-col gap-2 ${props.className ?? ""}`}
      disabled={props.disabled}
      aria-describedby={describedBy}
    >
      <legend className="mb-1 text-sm font-medium text-gray-800">{props.legend}</legend>
      {props.children}
      {props.hint ? (
        <p id={hintId} className="text-xs text-gray-500">
          {props.hint}
        </p>
      ) : null}
      <FieldError id={errorId} message={props.error} />
    </fieldset>
  );
}
