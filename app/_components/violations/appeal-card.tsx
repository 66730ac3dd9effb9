import { FileText } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ViolationDetail } from "@/server/services/violations/get-violation";
import { formatDateTime } from "../format";
import { Badge } from "../ui/badge";
import { Card } from "../ui/card";

type Appeal = NonNullable<ViolationDetail["appeal"]>;
const isImage = (kind: string) => kind === "jpeg" || kind === "png" || kind === "webp";
const tones = { pending: "blue", upheld: "red", overturned: "green" } as const;

/** VIO-3: the appeal — statement, evidence with previews (shop and admins only), and its decision. */
export function AppealCard({ appeal, timeZone }: { appeal: Appeal; timeZone: string }) {
  const t = useTranslations("violation.appeal");
  const ts = useTranslations("violation.appealStatuses");
  return (
    <Card title={t("title")} actions={<Badge tone={tones[appeal.status]}>{ts(appeal.status)}</Badge>}>
      <dl className="grid gap-x-4 gap-y-3 text-sm sm:grid-cols-[8rem_1fr]" data-testid="appeal-card">
        <dt className="text-gray-500">{t("submittedAt")}</dt>
        <dd className="tabular-nums">
          {formatDateTime(appeal.submittedAt, timeZone)}
          {appeal.submittedByName ? <span className="ml-2 text-gray-500">{appeal.submittedByName}</span> : null}
        </dd>
        <dt className="text-gray-500">{t("statement")}</dt>
        <dd className="whitespace-pre-wrap break-words">{appeal.statement}</dd>
        <dt className="text-gray-500">{t("evidence")}</dt>
        <dd>
          {appeal.evidence.length === 0 ? (
            <span className="text-gray-500">{t("noEvidence")}</span>
          ) : (
            <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3">
              {appeal.evidence.map((item) => (
                <li key={item.id} className="rounded-md border border-gray-200 p-2">
                  <a
                    href={`/api/files/${item.fileId}?inline=1`}
                    target="_blank"
                    rel="noreferrer"
                    className="flex flex-col gap-1 text-xs text-blue-700 hover:underline"
                  >
                    {isImage(item.kind) ? (
                      <img
                        src={`/api/files/${item.fileId}?inline=1`}
                        alt={item.name}
                        className="h-24 w-full rounded object-cover"
                        loading="lazy"
                      />
                    ) : (
                      <span className="flex h-24 w-full items-center justify-center rounded bg-gray-50 text-gray-500">
                        <FileText className="size-10" aria-hidden />
                      </span>
                    )}
                    <span className="truncate" title={item.name}>
                      {item.name}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          )}
        </dd>
        {appeal.decidedAt ? (
          <>
            <dt className="text-gray-500">{t("decidedAt")}</dt>
            <dd className="tabular-nums">
              {formatDateTime(appeal.decidedAt, timeZone)}
              {appeal.decidedByName ? <span className="ml-2 text-gray-500">{appeal.decidedByName}</span> : null}
            </dd>
            <dt className="text-gray-500">{t("decisionReason")}</dt>
            <dd className="whitespace-pre-wrap break-words" data-testid="appeal-decision-reason">
              {appeal.decisionReason}
            </dd>
          </>
        ) : null}
      </dl>
    </Card>
  );
}
