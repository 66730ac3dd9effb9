import { z } from "zod";

/**
 * A family's zod schema, derived from its code-defined v1: a draft must keep the baseline's
 * shape (the same keys with the same kinds of values; keys some array elements or objects have
 * and others lack stay optional; no unknown keys). The code reads policies by this shape, so a
 * draft that keeps it can be run by the same code; what the values may be is checked by the
 * semantic checks (./policy-checks).
 */
export function schemaFromExamples(examples: readonly unknown[]): z.ZodType {
  const present = examples.filter((e) => e !== undefined);
  const kinds = new Set(present.map(kindOf));
  if (kinds.size > 1) {
    const options = [...kinds].map((k) => schemaFromExamples(present.filter((e) => kindOf(e) === k)));
    const [first, second, ...rest] = options;
    return first && second ? z.union([first, second, ...rest]) : z.unknown();
  }
  const kind = [...kinds][0];
  switch (kind) {
    case "string":
      return z.string();
    case "number":
      return z.number().finite();
    case "boolean":
      return z.boolean();
    case "null":
      return z.null();
    case "array":
      return z.array(schemaFromExamples(present.flatMap((e) => (Array.isArray(e) ? e : []))));
    case "object":
      return objectSchema(present.filter(isRecord));
    default:
      return z.unknown();
  }
}

function objectSchema(examples: readonly Record<string, unknown>[]): z.ZodType {
  const keys = [...new Set(examples.flatMap((e) => Object.keys(e)))];
  const shape: Record<string, z.ZodType> = {};
  for (const key of keys) {
    const values = examples.map((e) => e[key]);
    const schema = schemaFromExamples(values);
    shape[key] = values.every((v) => v !== undefined) ? schema : schema.optional();
  }
  return z.strictObject(shape);
}

type Kind = "string" | "number" | "boolean" | "null" | "array" | "object" | "other";

function kindOf(value: unknown): Kind {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  const t = typeof value;
  if (t === "string" || t === "number" || t === "boolean") return t;
  return t === "object" ? "object" : "other";
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A policy as plain JSON (what drafts and published versions store). */
export type PolicyJson = Record<string, unknown>;

export function toPolicyJson(policy: object): PolicyJson {
  const json: unknown = JSON.parse(JSON.stringify(policy));
  return isRecord(json) ? json : {};
}
