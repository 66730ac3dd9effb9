import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { isPastDue } from "@/server/domain/deadlines";
import type { WorkOrderDetail } from "@/server/services/work-orders/get-work-order";
import { formatDateTime } from "../format";
import { Badge } from "../ui/badge";
import { Card } from "../ui/card";
import { pick } from "../work-orders/localized";
import { CollaborativeForm } from "./collaborative-form";
import { EvidenceForm } from "./evidence-form";
import { EvidenceReview } from "./evidence-review";
import { ReviewChecklist } from "./review-checklist";
import { slotsOf } from "./slots";

/**
 * Platform-intervention work orders (WO-PDD-1/2/3, WO-TM-2..5) for whoever handles them: the
 * merchant's evidence form or collaborative reply while open; afterwards the frozen answer and
 * evidence; for admins in judging/reviewing the moderation buttons, checklist and decision form.
 */
export async function InterventionResponderPanels({
  wo,
  audience,
}: {
  wo: WorkOrderDetail;
  audience: "merchant" | "admin";
}) {
  const t = await getTranslations("workOrder.intervention");
  const answering = audience === "merchant" && wo.canReply;
  const deciding = audience === "admin" && (wo.status === "judging" || wo.status === "reviewing");
  const waitingForSweep = wo.status === "open" && wo.dueAt !== null && isPastDue(wo.dueAt, wo.now);
  if (answering) {
    return wo.policy.collaborative ? (
      <Card title={t("collaborative.title")}>
        <CollaborativeForm workOrder={wo} />
      </Card>
    ) : (
      <Card title={t("evidence.title")}>
        <EvidenceForm workOrder={wo} />
      </Card>
    );
  }
  return (
    <>
      {waitingForSweep ? (
        <p className="rounded-lg border border-gray-200 bg-gray-50 p-3 text-sm text-gray-600">{t("reply.expired")}</p>
      ) : null}
      <ReplySummary wo={wo} />
      {wo.evidence.length > 0 || deciding ? (
        <Card
          title={t("evidence.submitted")}
          actions={wo.evidence.length > 0 ? <Badge tone="gray">{t("evidence.frozen")}</Badge> : undefined}
        >
          <EvidenceReview workOrderId={wo.id} evidence={wo.evidence} slots={slotsOf(wo.policy)} moderate={deciding} />
        </Card>
      ) : null}
      {deciding && wo.type === "not_received" && wo.policy.reviewChecklist ? (
        <Card title={t("checklist.title")}>
          <ReviewChecklist checks={wo.policy.reviewChecklist} />
        </Card>
      ) : null}
      {deciding ? (
        <Card title={t("decide.title")}>
          <Link
            href={`/admin/adjudication/work_order/${wo.id}`}
            className="text-sm font-medium text-brand-600 hover:underline"
          >
            {t("decide.openInConsole")} →
          </Link>
        </Card>
      ) : null}
    </>
  );
}

/** What the merchant answered: the path or collaborative answer, its fields and contact records. */
export async function ReplySummary({ wo }: { wo: WorkOrderDetail }) {
  const t = await getTranslations("workOrder.intervention");
  const locale = await getLocale();
  const tz = wo.shop.timeZone;
  const reply = wo.reply;
  if (!reply) {
    return (
      <Card title={t("reply.title")}>
        <p className="text-sm text-gray-500">{t("reply.none")}</p>
      </Card>
    );
  }
  const path = wo.policy.paths?.find((p) => p.key === reply.resolution);
  const answer = wo.policy.collaborative?.answers.find((a) => a.key === reply.resolution);
  const label = path ? pick(path.label, locale) : answer ? t(`collaborative.answers.${answer.key}`) : reply.resolution;
  const trackingNo = typeof reply.trackingNo === "string" ? reply.trackingNo : null;
  const contacts = contactsOf(reply.contacts);
  const channelLabel = (key: string) => {
    const channel = wo.policy.collaborative?.contactChannels.find((c) => c.key === key);
    return channel ? pick(channel.label, locale) : key;
  };
  return (
    <Card title={t("reply.title")}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5 text-sm">
        <dt className="text-gray-500">{answer ? t("reply.answer") : t("reply.path")}</dt>
        <dd className="font-medium">{label}</dd>
        {wo.repliedAt ? (
          <>
            <dt className="text-gray-500">{t("reply.repliedAt")}</dt>
            <dd className="tabular-nums">{formatDateTime(wo.repliedAt, tz)}</dd>
          </>
        ) : null}
        {reply.note ? (
          <>
            <dt className="text-gray-500">{t("reply.note")}</dt>
            <dd className="whitespace-pre-wrap">{reply.note}</dd>
          </>
        ) : null}
        {trackingNo ? (
          <>
            <dt className="text-gray-500">{t("reply.trackingNo")}</dt>
            <dd className="font-mono">{trackingNo}</dd>
          </>
        ) : null}
        {contacts.length > 0 ? (
          <>
            <dt className="text-gray-500">{t("reply.contacts")}</dt>
            <dd>
              <ul className="flex flex-col gap-1">
                {contacts.map((c, i) => (
                  <li key={i} className="text-sm">
                    <span className="tabular-nums">{formatDateTime(new Date(c.at), tz)}</span> ·{" "}
                    {channelLabel(c.channel)}
                    {c.note ? <span className="text-gray-600"> · {c.note}</span> : null}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
    </Card>
  );
}

function contactsOf(value: unknown): { at: string; channel: string; note: string }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((c: unknown) => {
    if (typeof c !== "object" || c === null) return [];
    const at = "at" in c && typeof c.at === "string" ? c.at : null;
    const channel = "channel" in c && typeof c.channel === "string" ? c.channel : "";
    const note = "note" in c && typeof c.note === "string" ? c.note : "";
    return at ? [{ at, channel, note }] : [];
  });
}

/** The consumer's "what happens next" for a platform-intervention work order. */
export async function interventionNextText(wo: WorkOrderDetail): Promise<string> {
  const t = await getTranslations("workOrder.intervention.consumer");
  const locale = await getLocale();
  const consequence = pick(wo.policy.timeoutConsequence, locale);
  switch (wo.status) {
    case "open":
      return t("open", { time: wo.dueAt ? formatDateTime(wo.dueAt, wo.shop.timeZone) : "—", consequence });
    case "judging":
      return t("judging");
    case "reviewing":
      return t("reviewing");
    case "resolved":
      return t("resolved");
    case "expired":
      return t("expired", { consequence });
    default:
      return t("other");
  }
}
