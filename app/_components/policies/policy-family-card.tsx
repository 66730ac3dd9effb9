"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/app/_trpc/client";
import { formatDateTime } from "../format";
import { useSubmissionKey } from "../idempotency-key";
import { Badge, type BadgeTone } from "../ui/badge";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { feedbackToast } from "../ui/form/feedback-toast";
import { RolloutControls } from "./rollout-controls";
import { inLocale, type PolicyFamilyView } from "./types";

const TIME_ZONE = "Asia/Shanghai";
const stateTone: Record<string, BadgeTone> = { active: "blue", paused: "amber", rolled_back: "red" };

/** ROL-1/ROL-2: one policy family on the admin page. */
export function PolicyFamilyCard({ family, viewerId }: { family: PolicyFamilyView; viewerId: string }) {
  const t = useTranslations("policies.admin");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const submission = useSubmissionKey();
  const toast = feedbackToast(`policy-draft-${family.policyId}`);
  const createDraft = useMutation(
    trpc.policies.admin.createDraft.mutationOptions({
      onSuccess: (draft) => {
        submission.renew();
        router.push(`/admin/policies/drafts/${draft.id}`);
      },
      onError: (error) => toast.error(error.message),
    }),
  );
  const who = (id: string | null) =>
    id === null ? "—" : id === viewerId ? t("you") : (family.names[id] ?? id.slice(0, 8));
  const name = inLocale(family.name, locale);
  const headingId = `policy-${family.policyId.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
  const rollout = family.rollout;
  const stateLabel = (state: string) => (state in stateTone ? t(`states.${state}`) : state);

  return (
    <Card
      title={
        <span id={headingId} className="flex flex-wrap items-center gap-2">
          {name}
          <span className="font-mono text-xs font-normal text-gray-500">{family.policyId}</span>
          <Badge tone="green">{t("inForce", { version: family.inForceVersion })}</Badge>
        </span>
      }
      actions={
        <Button
          variant="secondary"
          disabled={createDraft.isPending}
          aria-describedby={headingId}
          onClick={() => createDraft.mutate({ policyId: family.policyId, idempotencyKey: submission.key() })}
        >
          {createDraft.isPending ? t("creating") : t("newDraft")}
        </Button>
      }
    >
      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-label={t("versions")} className="flex flex-col gap-2">
          <h3 className="text-sm font-medium text-gray-800">{t("versions")}</h3>
          <ul className="flex flex-col gap-2">
            {family.versions.map((v) => (
              <li key={v.version} className="rounded border border-gray-200 p-2 text-sm">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">{t("versionLabel", { version: v.version })}</span>
                  <Badge tone={v.source === "code" ? "gray" : "purple"}>
                    {v.source === "code" ? t("sourceCode") : t("sourcePublished")}
                  </Badge>
                  {v.version === family.inForceVersion ? (
                    <Badge tone="green">{t("inForce", { version: v.version })}</Badge>
                  ) : null}
                </div>
                {v.publishedAt ? (
                  <p className="mt-1 text-xs text-gray-600">
                    {t("publishedBy", {
                      at: formatDateTime(v.publishedAt, TIME_ZONE),
                      createdBy: who(v.createdBy),
                      approvedBy: who(v.approvedBy),
                    })}
                  </p>
                ) : null}
                <details className="mt-1">
                  <summary className="cursor-pointer text-xs text-blue-700">
                    {t("showParameters")} · {t("versionLabel", { version: v.version })}
                  </summary>
                  <pre className="mt-1 max-h-80 overflow-auto rounded bg-gray-50 p-2 text-xs">
                    {JSON.stringify(v.policy, null, 2)}
                  </pre>
                </details>
              </li>
            ))}
          </ul>
          <h3 className="mt-2 text-sm font-medium text-gray-800">{t("drafts")}</h3>
          {family.drafts.length === 0 ? (
            <p className="text-sm text-gray-500">{t("noDrafts")}</p>
          ) : (
            <ul className="flex flex-col gap-1 text-sm">
              {family.drafts.map((d) => (
                <li key={d.id} className="flex flex-wrap items-center gap-2">
                  <Link href={`/admin/policies/drafts/${d.id}`} className="text-blue-700 hover:underline">
                    {t("openDraft")}
                  </Link>
                  <span className="text-xs text-gray-600">
                    {t("draftRow", {
                      base: d.baseVersion,
                      at: formatDateTime(d.updatedAt, TIME_ZONE),
                      issues: d.issueCount,
                    })}{" "}
                    · {who(d.createdBy)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-label={t("rollout")} className="flex flex-col gap-2">
          <h3 className="text-sm font-medium text-gray-800">{t("rollout")}</h3>
          {rollout ? (
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <Badge tone={stateTone[rollout.state] ?? "gray"}>{stateLabel(rollout.state)}</Badge>
              <span>
                {t("rolloutState", {
                  target: rollout.targetVersion,
                  percent: rollout.percentage,
                  previous: rollout.previousVersion,
                })}
              </span>
              {rollout.shopIds.length > 0 ? (
                <span className="text-xs text-gray-600">
                  {t("chosenShops", {
                    shops: rollout.shopIds
                      .map((id) => family.shops.flatMap((s) => s.shops).find((s) => s.id === id)?.name ?? id)
                      .join("、"),
                  })}
                </span>
              ) : null}
            </div>
          ) : (
            <p className="text-sm text-gray-600">{t("noRollout")}</p>
          )}
          <h3 className="text-sm font-medium text-gray-800">{t("shops")}</h3>
          <ul className="flex flex-col gap-1 text-sm">
            {family.shops.map((group) => (
              <li key={group.version}>
                <details>
                  <summary className="cursor-pointer">
                    {t("shopCount", { version: group.version, count: group.count })}
                  </summary>
                  <p className="mt-1 text-xs text-gray-600">{group.shops.map((s) => s.name).join("、")}</p>
                </details>
              </li>
            ))}
          </ul>
          <RolloutControls family={family} />
          <h3 className="mt-2 text-sm font-medium text-gray-800">{t("history")}</h3>
          {family.history.length === 0 ? (
            <p className="text-sm text-gray-500">{t("noHistory")}</p>
          ) : (
            <ol className="flex flex-col gap-1 text-xs text-gray-700">
              {family.history.map((h, i) => (
                <li key={`${String(h.at)}-${i}`}>
                  {t("historyRow", {
                    at: formatDateTime(h.at, TIME_ZONE),
                    action: t(`actions.${h.action}`),
                    target: h.targetVersion,
                    previous: h.previousVersion,
                    percent: h.percentage,
                    shops: h.shopIds.length,
                  })}{" "}
                  · {stateLabel(h.state)} · {who(h.by)}
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </Card>
  );
}
