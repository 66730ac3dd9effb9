import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { PolicyIssue } from "@/server/domain/policies/policy-checks";
import type { PolicyJson } from "@/server/domain/policies/policy-shape";
import type { RolloutStateName } from "@/server/domain/policies/published-store";
import type { PolicyChange } from "@/server/domain/policies/policy-diff";
import { shops } from "./people";

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * ROL-1: a published policy version (the code-defined v1s are never stored). Immutable: rows are
 * only inserted. `(policy_id, version)` is unique and versions only grow, so a number is never
 * reused. `created_by` wrote the draft, `approved_by` (a different admin) published it.
 */
export const policyVersions = pgTable(
  "policy_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    policyId: text("policy_id").notNull(),
    version: integer("version").notNull(),
    policy: jsonb("policy").$type<PolicyJson>().notNull(),
    draftId: uuid("draft_id").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: at("created_at").notNull(),
    approvedBy: text("approved_by").notNull(),
    publishedAt: at("published_at").notNull(),
  },
  (t) => [
    uniqueIndex("policy_versions_uq").on(t.policyId, t.version),
    uniqueIndex("policy_versions_draft_uq").on(t.draftId),
    check("policy_versions_four_eyes", sql`${t.createdBy} <> ${t.approvedBy}`),
  ],
);

/** A draft of the next version: who wrote it, the version it started from, and its last check. */
export const policyDrafts = pgTable(
  "policy_drafts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    policyId: text("policy_id").notNull(),
    baseVersion: integer("base_version").notNull(),
    policy: jsonb("policy").$type<PolicyJson>().notNull(),
    issues: jsonb("issues").$type<PolicyIssue[]>().notNull(),
    status: text("status").$type<"draft" | "published">().notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: at("created_at").notNull(),
    updatedAt: at("updated_at").notNull(),
    /** The version it became once approved. */
    publishedVersion: integer("published_version"),
  },
  (t) => [index("policy_drafts_policy_idx").on(t.policyId, t.createdAt.desc())],
);

/** Four eyes: the approval that published a draft (the approver is never the author). */
export const policyApprovals = pgTable(
  "policy_approvals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    draftId: uuid("draft_id")
      .notNull()
      .references(() => policyDrafts.id),
    policyId: text("policy_id").notNull(),
    version: integer("version").notNull(),
    authorId: text("author_id").notNull(),
    approvedBy: text("approved_by").notNull(),
    approvedAt: at("approved_at").notNull(),
  },
  (t) => [
    uniqueIndex("policy_approvals_draft_uq").on(t.draftId),
    check("policy_approvals_four_eyes", sql`${t.authorId} <> ${t.approvedBy}`),
  ],
);

/** ROL-2: the rollout of one policy id (at most one row per policy). */
export const policyRollouts = pgTable(
  "policy_rollouts",
  {
    policyId: text("policy_id").primaryKey(),
    targetVersion: integer("target_version").notNull(),
    previousVersion: integer("previous_version").notNull(),
    percentage: integer("percentage").notNull(),
    shopIds: uuid("shop_ids").array().notNull(),
    state: text("state").$type<RolloutStateName>().notNull(),
    updatedBy: text("updated_by").notNull(),
    updatedAt: at("updated_at").notNull(),
  },
  (t) => [check("policy_rollouts_percentage", sql`${t.percentage} between 0 and 100`)],
);

/** Every change of a rollout, with who and when (the admin page's history). */
export const policyRolloutEvents = pgTable(
  "policy_rollout_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Insertion order (several changes may share one instant under a fixed clock). */
    seq: bigserial("seq", { mode: "number" }).notNull(),
    policyId: text("policy_id").notNull(),
    action: text("action").$type<"set" | "pause" | "roll_back">().notNull(),
    targetVersion: integer("target_version").notNull(),
    previousVersion: integer("previous_version").notNull(),
    percentage: integer("percentage").notNull(),
    shopIds: uuid("shop_ids").array().notNull(),
    state: text("state").$type<RolloutStateName>().notNull(),
    by: text("by").notNull(),
    at: at("at").notNull(),
  },
  (t) => [index("policy_rollout_events_policy_idx").on(t.policyId, t.seq.desc())],
);

/**
 * ROL-2 公告: a shop's notice that a version now applies to its new items (or no longer does,
 * after a rollback), with the effective instant and what changed against the version it had.
 */
export const policyNotices = pgTable(
  "policy_notices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    seq: bigserial("seq", { mode: "number" }).notNull(),
    shopId: uuid("shop_id")
      .notNull()
      .references(() => shops.id),
    policyId: text("policy_id").notNull(),
    version: integer("version").notNull(),
    fromVersion: integer("from_version").notNull(),
    kind: text("kind").$type<"rolled_out" | "rolled_back">().notNull(),
    changes: jsonb("changes").$type<PolicyChange[]>().notNull(),
    effectiveAt: at("effective_at").notNull(),
    createdAt: at("created_at").notNull(),
  },
  (t) => [index("policy_notices_shop_idx").on(t.shopId, t.seq.desc())],
);

/**
 * One row (id 1): bumped in the same transaction as every publish and rollout change. Each
 * process compares it with its cached snapshot (one primary-key lookup per request) and reloads
 * only when it moved, so a publish in one process is seen by all.
 */
export const policyEpoch = pgTable("policy_epoch", {
  id: integer("id").primaryKey(),
  epoch: bigint("epoch", { mode: "number" }).notNull(),
});
