import { FileText } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { localized } from "../disputes/localized";
import { Card } from "../ui/card";
import type { ComplaintDetail } from "./types";

const isImage = (kind: string) => kind === "jpeg" || kind === "png" || kind === "webp";

/**
 * MAL-1: a complaint's evidence by the category's slots (and the supplement's), shown to its own shop's
 * merchant and to admins only — never to other shops. Slots left empty (optional ones, the supplement's
 * before any) are left out; filing froze what is here.
 */
export function EvidenceSlots({ detail }: { detail: Pick<ComplaintDetail, "slots" | "evidence"> }) {
  const t = useTranslations("complaint.detail");
  const locale = useLocale();
  const groups = detail.slots
    .map((slot) => ({ slot, files: detail.evidence.filter((e) => e.slot === slot.key) }))
    .filter((g) => g.files.length > 0);
  return (
    <Card title={t("evidence")}>
      <div className="flex flex-col gap-4" data-testid="complaint-evidence">
        {groups.length === 0 ? <p className="text-sm text-gray-500">{t("noEvidence")}</p> : null}
        {groups.map(({ slot, files }) => (
          <section key={slot.key} aria-label={localized(slot.label, locale)}>
            <h3 className="mb-2 text-sm font-medium text-gray-800">
              {localized(slot.label, locale)}{" "}
              <span className="text-xs font-normal text-gray-500">({files.length})</span>
            </h3>
            {files.length === 0 ? <p className="text-xs text-gray-500">{t("noEvidence")}</p> : null}
            <ul className="flex flex-wrap gap-3">
              {files.map((file) => (
                <li
                  key={file.id}
                  className="flex w-36 flex-col gap-1 rounded-md border border-gray-200 bg-white p-2 text-xs"
                >
                  <a href={`/api/files/${file.fileId}?inline=1`} target="_blank" rel="noreferrer">
                    {isImage(file.kind) ? (
                      <img
                        src={`/api/files/${file.fileId}?inline=1`}
                        alt={file.name}
                        className="h-24 w-full rounded object-cover"
                      />
                    ) : (
                      <span className="flex h-24 items-center justify-center rounded bg-gray-50">
                        <FileText className="size-8 text-gray-400" aria-hidden />
                      </span>
                    )}
                  </a>
                  <span className="truncate" title={file.name}>
                    {file.name}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </Card>
  );
}
