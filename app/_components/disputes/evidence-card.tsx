import { FileText } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { DisputeDetail } from "@/server/services/disputes/get-dispute";
import { Card } from "../ui/card";
import { localized } from "./localized";

const isImage = (kind: string) => kind === "jpeg" || kind === "png" || kind === "webp";

/** WO-3: the evidence by slot, with image previews and downloads (merchants and admins). */
export function EvidenceCard({ detail }: { detail: DisputeDetail }) {
  const t = useTranslations("dispute");
  const locale = useLocale();
  if (detail.dispute.evidenceGivenUp) {
    return (
      <Card title={t("evidence.title")}>
        <p className="text-sm text-red-700">{t("evidence.givenUp")}</p>
      </Card>
    );
  }
  if (detail.chosenPlan?.kind !== "no_fault") return null;
  return (
    <Card title={t("evidence.title")}>
      {detail.evidence.length === 0 ? <p className="text-sm text-gray-500">{t("evidence.empty")}</p> : null}
      <div className="flex flex-col gap-4">
        {detail.evidence.map((group) => (
          <section key={group.slot}>
            <h3 className="mb-2 text-sm font-medium text-gray-800">
              {localized(group.label, locale)}{" "}
              <span className="text-xs font-normal text-gray-500">({group.items.length})</span>
            </h3>
            {group.items.length === 0 ? <p className="text-xs text-gray-500">{t("evidence.empty")}</p> : null}
            <ul className="flex flex-wrap gap-3">
              {group.items.map((item) => (
                <li
                  key={item.id}
                  className="flex w-36 flex-col gap-1 rounded-md border border-gray-200 bg-white p-2 text-xs"
                >
                  <a
                    href={`/api/files/${item.fileId}?inline=1`}
                    target="_blank"
                    rel="noreferrer"
                    title={t("evidence.preview")}
                  >
                    {isImage(item.kind) ? (
                      <img
                        src={`/api/files/${item.fileId}?inline=1`}
                        alt={item.name}
                        className="h-24 w-full rounded object-cover"
                      />
                    ) : (
                      <span className="flex h-24 w-full items-center justify-center rounded bg-gray-50 text-gray-500">
                        <FileText className="size-10" aria-hidden />
                      </span>
                    )}
                  </a>
                  <a
                    href={`/api/files/${item.fileId}`}
                    className="truncate text-gray-800 hover:underline"
                    title={`${t("evidence.download")} ${item.name}`}
                  >
                    {item.name}
                  </a>
                  {item.invalidReason ? (
                    <span className="text-red-600">{t("evidence.invalid", { reason: item.invalidReason })}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </Card>
  );
}
