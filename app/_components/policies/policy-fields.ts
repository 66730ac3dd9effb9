/**
 * ROL-1 draft editor: the parameters a form can edit, found by walking the policy JSON. Every
 * number whose key ends in `Ms` is a duration (edited in hours), other numbers are counts and
 * points, `accepts` lists are evidence formats, and arrays of `{key}` objects are options the
 * draft may keep or drop. Paths are segment lists; `zodPath` matches the server's issue paths.
 */
export type Segment = string | number;
export type PolicyJson = Record<string, unknown>;

export interface NumberField {
  kind: "duration" | "number";
  path: Segment[];
  label: string;
  value: number;
}
export interface AcceptsField {
  path: Segment[];
  label: string;
  value: string[];
}
export interface KeyedEntry {
  key: string;
  label: string;
  kept: boolean;
}
export interface KeyedArrayField {
  path: Segment[];
  label: string;
  entries: KeyedEntry[];
}

export const HOUR_MS = 3_600_000;
/** The file kinds evidence may be (server/domain/files.ts). */
export { fileKinds as EVIDENCE_KINDS } from "@/server/domain/files";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isKeyedList(value: unknown): value is Record<string, unknown>[] {
  return Array.isArray(value) && value.length > 0 && value.every((e) => isRecord(e) && typeof e.key === "string");
}

/** `settlementPlans[intercept_48h].label`, like the server's diff paths. */
export function displayPath(policy: unknown, path: readonly Segment[]): string {
  let node: unknown = policy;
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") {
      const entry: unknown = Array.isArray(node) ? node[segment] : undefined;
      text += isRecord(entry) && typeof entry.key === "string" ? `[${entry.key}]` : `[${segment}]`;
      node = entry;
    } else {
      text += text ? `.${segment}` : segment;
      node = isRecord(node) ? node[segment] : undefined;
    }
  }
  return text;
}

export function zodPath(path: readonly Segment[]): string {
  return path.map(String).join(".");
}

/** An issue's path (`a.0.b` from the schema, `a[0].b` from the rule checks) in zodPath's form. */
export function issuePath(path: string): string {
  return path.replace(/\[(\d+)\]/g, ".$1").replace(/^\./, "");
}

export interface PolicyFields {
  numbers: NumberField[];
  accepts: AcceptsField[];
  keyed: KeyedArrayField[];
}

/**
 * The editable parameters of `policy`; `reference` (the version in force) adds the keyed entries
 * the draft dropped, unticked, so they can be put back.
 */
export function policyFields(policy: PolicyJson, reference: unknown): PolicyFields {
  const fields: PolicyFields = { numbers: [], accepts: [], keyed: [] };
  walk(policy, reference, [], fields, policy);
  return fields;
}

function walk(node: unknown, reference: unknown, path: Segment[], out: PolicyFields, root: PolicyJson): void {
  if (Array.isArray(node)) {
    if (isKeyedList(node)) {
      const ref = isKeyedList(reference) ? reference : [];
      const keys = [...new Set([...node, ...ref].map((e) => String(e.key)))];
      out.keyed.push({
        path,
        label: displayPath(root, path),
        entries: keys.map((key) => ({ key, label: entryLabel(node, ref, key), kept: node.some((e) => e.key === key) })),
      });
      node.forEach((entry, i) =>
        walk(
          entry,
          ref.find((r) => r.key === entry.key),
          [...path, i],
          out,
          root,
        ),
      );
      return;
    }
    node.forEach((entry, i) =>
      walk(entry, Array.isArray(reference) ? reference[i] : undefined, [...path, i], out, root),
    );
    return;
  }
  if (!isRecord(node)) return;
  for (const [key, value] of Object.entries(node)) {
    const childPath = [...path, key];
    const childRef = isRecord(reference) ? reference[key] : undefined;
    if (typeof value === "number" && key !== "version") {
      out.numbers.push({
        kind: key.endsWith("Ms") ? "duration" : "number",
        path: childPath,
        label: displayPath(root, childPath),
        value,
      });
    } else if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "number")) {
      value.forEach((n: number, i) =>
        out.numbers.push({
          kind: "number",
          path: [...childPath, i],
          label: displayPath(root, [...childPath, i]),
          value: n,
        }),
      );
    } else if (key === "accepts" && Array.isArray(value) && value.every((v) => typeof v === "string")) {
      out.accepts.push({ path: childPath, label: displayPath(root, childPath), value: value.map(String) });
    } else walk(value, childRef, childPath, out, root);
  }
}

function entryLabel(node: Record<string, unknown>[], ref: Record<string, unknown>[], key: string): string {
  const entry = node.find((e) => e.key === key) ?? ref.find((e) => e.key === key);
  const label = entry?.label;
  if (isRecord(label) && typeof label["zh-CN"] === "string") return `${key} — ${label["zh-CN"]}`;
  return key;
}

/** A copy of `policy` with the value at `path` replaced. */
export function setAt(policy: PolicyJson, path: readonly Segment[], value: unknown): PolicyJson {
  const copy = structuredClone(policy);
  let node: unknown = copy;
  path.forEach((segment, i) => {
    const last = i === path.length - 1;
    if (Array.isArray(node) && typeof segment === "number") {
      if (last) node[segment] = value;
      else node = node[segment];
    } else if (isRecord(node) && typeof segment === "string") {
      if (last) node[segment] = value;
      else node = node[segment];
    }
  });
  return copy;
}

export function getAt(policy: unknown, path: readonly Segment[]): unknown {
  let node: unknown = policy;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === "number") node = node[segment];
    else if (isRecord(node) && typeof segment === "string") node = node[segment];
    else return undefined;
  }
  return node;
}

/**
 * Keeps or drops the entry `key` of the keyed array at `path`; a dropped entry comes back from
 * `reference` (the version in force) in its place there.
 */
export function toggleKeyed(
  policy: PolicyJson,
  reference: unknown,
  path: readonly Segment[],
  key: string,
  keep: boolean,
): PolicyJson {
  const list = getAt(policy, path);
  if (!Array.isArray(list)) return policy;
  const current = list.filter(isRecord);
  if (!keep)
    return setAt(
      policy,
      path,
      current.filter((e) => e.key !== key),
    );
  if (current.some((e) => e.key === key)) return policy;
  const refList = refListAt(reference, policy, path);
  const entry = refList.find((e) => e.key === key);
  if (!entry) return policy;
  const order = refList.map((e) => String(e.key));
  const next = [...current, structuredClone(entry)].sort(
    (a, b) => rank(order, String(a.key)) - rank(order, String(b.key)),
  );
  return setAt(policy, path, next);
}

function rank(order: string[], key: string): number {
  const i = order.indexOf(key);
  return i === -1 ? order.length : i;
}

/** The reference's list at the same place, following keyed entries by key rather than index. */
function refListAt(reference: unknown, policy: unknown, path: readonly Segment[]): Record<string, unknown>[] {
  let ref: unknown = reference;
  let node: unknown = policy;
  for (const segment of path) {
    if (typeof segment === "number" && Array.isArray(node)) {
      const entry: unknown = node[segment];
      node = entry;
      ref =
        isRecord(entry) && Array.isArray(ref)
          ? ref.find((r) => isRecord(r) && r.key === entry.key)
          : Array.isArray(ref)
            ? ref[segment]
            : undefined;
    } else if (typeof segment === "string") {
      node = isRecord(node) ? node[segment] : undefined;
      ref = isRecord(ref) ? ref[segment] : undefined;
    }
  }
  return Array.isArray(ref) ? ref.filter(isRecord) : [];
}
