import { isRecord } from "./policy-shape";

/** One difference between two versions of a policy, for the admin page and the merchant's notice. */
export interface PolicyChange {
  /** Dotted path; array elements with a `key` are named by it: `settlementPlans[intercept_48h].label.en`. */
  path: string;
  /** Absent where the value was added or removed. */
  before?: unknown;
  after?: unknown;
}

/** ROL-1/ROL-2: what changed from `before` to `after`, leaf by leaf (`id`/`version` left out). */
export function diffPolicies(before: unknown, after: unknown): PolicyChange[] {
  const changes: PolicyChange[] = [];
  diff(before, after, "", changes);
  return changes.filter((c) => c.path !== "version" && c.path !== "id");
}

function diff(before: unknown, after: unknown, path: string, out: PolicyChange[]): void {
  if (Array.isArray(before) && Array.isArray(after)) {
    if (keyed(before) && keyed(after)) {
      const keys = [...new Set([...before, ...after].map((e) => String(e.key)))];
      for (const key of keys)
        diff(
          before.find((e) => e.key === key),
          after.find((e) => e.key === key),
          `${path}[${key}]`,
          out,
        );
      return;
    }
    const length = Math.max(before.length, after.length);
    for (let i = 0; i < length; i++) diff(before[i], after[i], `${path}[${i}]`, out);
    return;
  }
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const key of keys) diff(before[key], after[key], path ? `${path}.${key}` : key, out);
    return;
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  const change: PolicyChange = { path };
  if (before !== undefined) change.before = before;
  if (after !== undefined) change.after = after;
  out.push(change);
}

function keyed(list: readonly unknown[]): list is Record<string, unknown>[] {
  return list.length > 0 && list.every((e) => isRecord(e) && typeof e.key === "string");
}
