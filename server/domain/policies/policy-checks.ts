import type { LocalizedText } from "../errors";
import { fileKinds } from "../files";
import type { PolicyFamily } from "./families";
import { isRecord, type PolicyJson } from "./policy-shape";

/** One problem with a draft: where, a stable code with its parameters, and words in zh-CN and en. */
export interface PolicyIssue {
  path: string;
  code: PolicyIssueCode;
  params: Record<string, string | number>;
  message: LocalizedText;
}

export const policyIssueCodes = [
  "shape",
  "policy_id_changed",
  "not_positive",
  "negative",
  "text_empty",
  "slot_min_above_max",
  "slot_max_zero",
  "slot_kind_unknown",
  "slot_no_kinds",
  "unknown_option",
  "duplicate_key",
  "no_plan",
  "reminder_not_before_window",
  "min_above_max",
  "no_points",
] as const;
export type PolicyIssueCode = (typeof policyIssueCodes)[number];

type P = Record<string, string | number>;
const messages: Record<PolicyIssueCode, (p: P) => LocalizedText> = {
  shape: (p) => ({
    "zh-CN": `字段格式不符合规则结构:${p.detail}`,
    en: `Does not fit the policy's structure: ${p.detail}`,
  }),
  policy_id_changed: () => ({ "zh-CN": "规则编号不可修改", en: "The policy id cannot be changed" }),
  not_positive: () => ({ "zh-CN": "时限必须大于 0", en: "A deadline or window must be positive" }),
  negative: () => ({ "zh-CN": "数值不能为负数", en: "The value cannot be negative" }),
  text_empty: () => ({ "zh-CN": "中英文文案均不能为空", en: "Both the Chinese and the English text are required" }),
  slot_min_above_max: (p) => ({
    "zh-CN": `凭证位最少 ${p.min} 份不能多于最多 ${p.max} 份`,
    en: `The slot's minimum (${p.min}) is above its maximum (${p.max})`,
  }),
  slot_max_zero: () => ({ "zh-CN": "凭证位最多份数至少为 1", en: "A slot must accept at least one file" }),
  slot_kind_unknown: (p) => ({ "zh-CN": `不支持的文件类型:${p.kind}`, en: `Unknown file kind: ${p.kind}` }),
  slot_no_kinds: () => ({ "zh-CN": "凭证位至少接受一种文件类型", en: "A slot must accept at least one file kind" }),
  unknown_option: (p) => ({
    "zh-CN": `引用的选项不存在:${p.key}(可选:${p.known})`,
    en: `No such option: ${p.key} (known: ${p.known})`,
  }),
  duplicate_key: (p) => ({ "zh-CN": `选项重复:${p.key}`, en: `Duplicate option: ${p.key}` }),
  no_plan: () => ({
    "zh-CN": "至少需提供一个处理方案或无责举证方案",
    en: "At least one settlement plan or the no-fault plan is required",
  }),
  reminder_not_before_window: (p) => ({
    "zh-CN": `提醒提前量必须小于其时限(${p.window})`,
    en: `The reminder lead must be shorter than its window (${p.window})`,
  }),
  min_above_max: (p) => ({
    "zh-CN": `下限不能大于上限(${p.other})`,
    en: `The minimum cannot be above the maximum (${p.other})`,
  }),
  no_points: () => ({ "zh-CN": "至少需设置一个扣分值", en: "At least one point value is required" }),
};

function issue(path: string, code: PolicyIssueCode, params: P = {}): PolicyIssue {
  return { path, code, params, message: messages[code](params) };
}

/**
 * ROL-1: checks a draft against its family's schema, then the rules the code relies on:
 * deadlines and windows positive, points and counts not negative, texts in both languages,
 * evidence slots coherent (min ≤ max, known file kinds), referenced plans/options/reasons
 * known to the code, reminder leads shorter than their windows.
 */
export function checkPolicyDraft(family: PolicyFamily, draft: unknown): PolicyIssue[] {
  const parsed = family.schema.safeParse(draft);
  if (!parsed.success)
    return parsed.error.issues.map((i) => issue(i.path.map(String).join("."), "shape", { detail: i.message }));
  if (!isRecord(draft)) return [issue("", "shape", { detail: "object" })];
  const issues: PolicyIssue[] = [];
  if (draft.id !== family.policyId) issues.push(issue("id", "policy_id_changed"));
  walk(draft, "", issues, family.kind === "platform_deadlines");
  issues.push(...familyChecks(family, draft));
  return issues;
}

function walk(value: unknown, path: string, issues: PolicyIssue[], allPositive: boolean): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, `${path}[${i}]`, issues, allPositive));
    return;
  }
  if (!isRecord(value)) return;
  if (isSlot(value)) checkSlot(value, path, issues);
  if (typeof value["zh-CN"] === "string" && typeof value.en === "string") {
    if (!value["zh-CN"].trim() || !value.en.trim()) issues.push(issue(path, "text_empty"));
    return;
  }
  for (const [key, v] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (typeof v === "number") {
      if ((allPositive && key !== "version") || /Ms$/.test(key)) {
        if (!(v > 0)) issues.push(issue(at, "not_positive"));
      } else if (v < 0) issues.push(issue(at, "negative"));
    } else if (key === "points" && Array.isArray(v)) {
      if (v.length === 0) issues.push(issue(at, "no_points"));
      v.forEach((n, i) => {
        if (typeof n === "number" && n < 0) issues.push(issue(`${at}[${i}]`, "negative"));
      });
    } else walk(v, at, issues, allPositive);
  }
}

function isSlot(v: Record<string, unknown>): boolean {
  return "accepts" in v && typeof v.min === "number" && typeof v.max === "number";
}

function checkSlot(slot: Record<string, unknown>, path: string, issues: PolicyIssue[]): void {
  const min = Number(slot.min);
  const max = Number(slot.max);
  if (max < 1) issues.push(issue(`${path}.max`, "slot_max_zero"));
  if (min > max) issues.push(issue(`${path}.min`, "slot_min_above_max", { min, max }));
  const accepts = Array.isArray(slot.accepts) ? slot.accepts : [];
  if (accepts.length === 0) issues.push(issue(`${path}.accepts`, "slot_no_kinds"));
  for (const kind of accepts)
    if (!(fileKinds as readonly unknown[]).includes(kind))
      issues.push(issue(`${path}.accepts`, "slot_kind_unknown", { kind: String(kind) }));
}

function familyChecks(family: PolicyFamily, draft: PolicyJson): PolicyIssue[] {
  const base = family.baseline;
  const issues: PolicyIssue[] = [];
  const keysWithin = (field: string, known = keysOf(base[field])) =>
    issues.push(...knownKeys(draft[field], field, known));
  const lead = (leadPath: string, windowPath: string) => {
    const before = numberAt(draft, leadPath);
    const window = numberAt(draft, windowPath);
    if (before !== null && window !== null && before >= window)
      issues.push(issue(leadPath, "reminder_not_before_window", { window: windowPath }));
  };
  const minMax = (minPath: string, maxPath: string) => {
    const min = numberAt(draft, minPath);
    const max = numberAt(draft, maxPath);
    if (min !== null && max !== null && min > max) issues.push(issue(minPath, "min_above_max", { other: maxPath }));
  };
  switch (family.kind) {
    case "work_order":
      keysWithin("resolutions");
      keysWithin("paths");
      lead("reminderBeforeMs", "replyWindowMs");
      minMax("timeoutEffects.compensation.minFen", "timeoutEffects.compensation.maxFen");
      break;
    case "dispute": {
      keysWithin("settlementPlans");
      const plans = Array.isArray(draft.settlementPlans) ? draft.settlementPlans.length : 0;
      if (plans === 0 && draft.noFault === null && draft.judgedDirectly !== true)
        issues.push(issue("settlementPlans", "no_plan"));
      const reasons = isRecord(draft.noFault) ? draft.noFault.reasons : [];
      const knownReasons = keysOf(isRecord(base.noFault) ? base.noFault.reasons : []);
      issues.push(...knownKeys(reasons, "noFault.reasons", knownReasons));
      break;
    }
    case "after_sales": {
      keysWithin("reasons");
      const reasonKeys = keysOf(draft.reasons);
      const rules = Array.isArray(draft.applicationRules) ? draft.applicationRules : [];
      rules.forEach((r, i) => {
        const used = isRecord(r) && Array.isArray(r.reasons) ? r.reasons : [];
        used.forEach((key, j) => {
          if (typeof key === "string" && !reasonKeys.includes(key))
            issues.push(issue(`applicationRules[${i}].reasons[${j}]`, "unknown_option", known(key, reasonKeys)));
        });
      });
      lead("reminderBeforeMs", "review.windowMs");
      lead("reminderBeforeMs", "processing.windowMs");
      lead("reminderBeforeMs", "consent.windowMs");
      minMax("description.minLengthWhenRequired", "description.maxLength");
      break;
    }
    case "complaints":
      keysWithin("categories");
      lead("reminderBeforeMs", "reviewWindowMs");
      minMax("statement.minLength", "statement.maxLength");
      break;
    case "violation_rules": {
      const timeouts = isRecord(draft.workOrderTimeouts) ? Object.keys(draft.workOrderTimeouts) : [];
      const knownTypes = isRecord(base.workOrderTimeouts) ? Object.keys(base.workOrderTimeouts) : [];
      for (const key of timeouts)
        if (!knownTypes.includes(key))
          issues.push(issue(`workOrderTimeouts.${key}`, "unknown_option", known(key, knownTypes)));
      break;
    }
    case "platform_deadlines":
      break;
  }
  return issues;
}

function known(key: string, keys: readonly string[]): P {
  return { key, known: keys.join(", ") };
}

function keysOf(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((e) => (isRecord(e) && typeof e.key === "string" ? [e.key] : []));
}

/** Options the code acts on by key: a draft may drop or reorder them, not invent new ones. */
function knownKeys(list: unknown, path: string, knownList: readonly string[]): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const seen = new Set<string>();
  keysOf(list).forEach((key, i) => {
    if (seen.has(key)) issues.push(issue(`${path}[${i}].key`, "duplicate_key", { key }));
    seen.add(key);
    if (!knownList.includes(key)) issues.push(issue(`${path}[${i}].key`, "unknown_option", known(key, knownList)));
  });
  return issues;
}

function numberAt(json: PolicyJson, path: string): number | null {
  let at: unknown = json;
  for (const part of path.split(".")) at = isRecord(at) ? at[part] : undefined;
  return typeof at === "number" ? at : null;
}
