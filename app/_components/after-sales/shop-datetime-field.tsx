"use client";

import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { useController, type FieldPath, type FieldValues, type UseControllerProps } from "react-hook-form";
import { controlClass, Field } from "../ui/form/field";

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "2026-03-08T14:00" read in the shop's time zone (not the browser's), as an instant. */
export function fromShopLocal(value: string, timeZone: string): Date | undefined {
  const m = LOCAL.exec(value);
  if (!m) return undefined;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  return new Date(new TZDate(y, mo - 1, d, h, mi, timeZone).getTime());
}

function toShopLocal(value: unknown, timeZone: string): string {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) return "";
  return format(new TZDate(value.getTime(), timeZone), "yyyy-MM-dd'T'HH:mm");
}

/** A date and time typed in the shop's time zone, kept in the form as a Date (the schemas coerce dates). */
export function ShopDateTimeField<T extends FieldValues, N extends FieldPath<T>, O>(
  props: Pick<UseControllerProps<T, N, O>, "control" | "name"> & {
    label: string;
    timeZone: string;
    error?: string;
    hint?: string;
  },
) {
  const { field } = useController({ control: props.control, name: props.name, shouldUnregister: true });
  return (
    <Field label={props.label} hint={props.hint} error={props.error}>
      {(control) => (
        <input
          {...control}
          ref={field.ref}
          name={field.name}
          type="datetime-local"
          value={toShopLocal(field.value, props.timeZone)}
          onBlur={field.onBlur}
          onChange={(event) => field.onChange(fromShopLocal(event.target.value, props.timeZone))}
          className={`${controlClass} max-w-56 tabular-nums`}
        />
      )}
    </Field>
  );
}
