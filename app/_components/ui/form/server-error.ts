import type { FieldPath, FieldValues, UseFormSetError } from "react-hook-form";

/** Where a refusal from the server belongs on this form. */
export interface ServerErrorRoutes<T extends FieldValues> {
  /** Fields a validation error may name (by its path): shown beside them. */
  fields?: readonly FieldPath<T>[];
  /** Domain error codes (e.g. RULE_NOT_APPLICABLE) that are about one field. */
  codes?: Readonly<Record<string, FieldPath<T>>>;
}

interface ErrorData {
  domainCode?: unknown;
  fieldErrors?: unknown;
}

function dataOf(error: unknown): ErrorData {
  if (typeof error !== "object" || error === null || !("data" in error)) return {};
  const data: unknown = error.data;
  return typeof data === "object" && data !== null ? data : {};
}

function fieldErrorsOf(data: ErrorData): Record<string, string> {
  const fields = data.fieldErrors;
  if (typeof fields !== "object" || fields === null) return {};
  return Object.fromEntries(
    Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}

/**
 * Shows a failed mutation on the form: validation messages beside the fields they name, a domain
 * refusal beside its field when `routes.codes` knows it, anything else as the form-level alert
 * (`errors.root.server`, cleared on the next submit). Messages arrive in the viewer's language.
 */
export function showServerError<T extends FieldValues>(
  setError: UseFormSetError<T>,
  error: unknown,
  routes: ServerErrorRoutes<T> = {},
): void {
  const message = error instanceof Error ? error.message : String(error);
  const data = dataOf(error);
  const byField = Object.entries(fieldErrorsOf(data));
  const unplaced: string[] = [];
  for (const [path, text] of byField) {
    const known = routes.fields?.find((name) => name === path);
    if (known) setError(known, { type: "server", message: text });
    else unplaced.push(text);
  }
  const code = typeof data.domainCode === "string" ? data.domainCode : null;
  const field = code ? routes.codes?.[code] : undefined;
  if (field) setError(field, { type: "server", message });
  else if (byField.length === 0 || unplaced.length > 0)
    setError("root.server", { type: "server", message: byField.length > 0 ? unplaced.join("; ") : message });
}
