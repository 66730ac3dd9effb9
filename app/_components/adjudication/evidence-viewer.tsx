"use client";

import { Download, ExternalLink, FileText } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import type { LocalizedText } from "@/server/domain/errors";
import type { FileKind } from "@/server/domain/files";
import { Card } from "../ui/card";

export interface ViewerItem {
  id: string;
  fileId: string;
  name: string;
  kind: FileKind;
  invalidReason: string | null;
}

export interface ViewerGroup {
  slot: string;
  label: LocalizedText;
  items: ViewerItem[];
}

const isImage = (kind: FileKind) => kind === "jpeg" || kind === "png" || kind === "webp";
const inline = (fileId: string) => `/api/files/${fileId}?inline=1`;

/**
 * WO-3: the evidence by slot, each file one click away from a large preview in place — images
 * shown, PDFs embedded in the browser's viewer; anything else (OFD) offered for download.
 * `actions` adds per-item controls (the work-order moderation buttons).
 */
export function EvidenceViewer({
  groups,
  actions,
  note,
}: {
  groups: ViewerGroup[];
  actions?: (item: ViewerItem) => ReactNode;
  note?: ReactNode;
}) {
  const t = useTranslations("adjudication.evidence");
  const locale = useLocale();
  const all = groups.flatMap((g) => g.items);
  const [selectedId, setSelectedId] = useState<string | null>(all[0]?.id ?? null);
  const selected = all.find((i) => i.id === selectedId) ?? all[0] ?? null;

  return (
    <Card title={t("title")}>
      {note}
      {all.length === 0 ? (
        <p className="text-sm text-gray-500">{t("none")}</p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
          <div className="flex min-w-0 flex-col gap-3">
            <p className="text-xs text-gray-500">{t("hint")}</p>
            {groups.map((group) => (
              <section key={group.slot} className="flex flex-col gap-1.5">
                <h3 className="text-sm font-medium text-gray-800">
                  {locale === "en" ? group.label.en : group.label["zh-CN"]}{" "}
                  <span className="text-xs font-normal text-gray-500">({group.items.length})</span>
                </h3>
                {group.items.length === 0 ? <p className="text-xs text-gray-500">{t("slotEmpty")}</p> : null}
                <ul className="flex flex-col gap-1.5">
                  {group.items.map((item) => (
                    <li
                      key={item.id}
                      className={`rounded-md border p-1.5 ${item.id === selected?.id ? "border-blue-400 bg-blue-50 ring-1 ring-blue-200" : item.invalidReason ? "border-red-200 bg-red-50" : "border-gray-200"}`}
                    >
                      <button
                        type="button"
                        onClick={() => setSelectedId(item.id)}
                        className="flex w-full items-center gap-2 text-left text-sm"
                        aria-pressed={item.id === selected?.id}
                        title={t("preview")}
                      >
                        {isImage(item.kind) ? (
                          <img
                            src={inline(item.fileId)}
                            alt=""
                            className="size-12 shrink-0 rounded object-cover"
                            loading="lazy"
                          />
                        ) : (
                          <span className="flex size-12 shrink-0 items-center justify-center rounded bg-gray-50 text-gray-500">
                            <FileText className="size-6" aria-hidden />
                          </span>
                        )}
                        <span className="min-w-0 flex-1 break-all">{item.name}</span>
                      </button>
                      {item.invalidReason ? (
                        <p className="mt-1 text-xs text-red-700">{t("invalid", { reason: item.invalidReason })}</p>
                      ) : null}
                      {actions ? <div className="mt-1">{actions(item)}</div> : null}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
          {selected ? (
            <figure className="flex min-w-0 flex-col gap-2" data-testid="evidence-preview">
              <div className="flex min-h-48 items-center justify-center overflow-hidden rounded-md border border-gray-200 bg-gray-50">
                {isImage(selected.kind) ? (
                  <img
                    src={inline(selected.fileId)}
                    alt={selected.name}
                    className="max-h-[28rem] w-full object-contain"
                  />
                ) : selected.kind === "pdf" ? (
                  <iframe
                    src={inline(selected.fileId)}
                    title={t("pdfTitle", { name: selected.name })}
                    className="h-[28rem] w-full bg-white"
                  />
                ) : (
                  <p className="p-6 text-center text-sm text-gray-500">{t("noPreview")}</p>
                )}
              </div>
              <figcaption className="flex flex-wrap items-center gap-3 text-xs">
                <span className="min-w-0 flex-1 break-all text-gray-700">{selected.name}</span>
                {isImage(selected.kind) || selected.kind === "pdf" ? (
                  <a
                    href={inline(selected.fileId)}
                    target="_blank"
                    rel="noreferrer"
                    className="inline-flex items-center gap-1 text-blue-700 hover:underline"
                  >
                    <ExternalLink className="size-3.5" aria-hidden />
                    {t("openNew")}
                  </a>
                ) : null}
                <a
                  href={`/api/files/${selected.fileId}`}
                  className="inline-flex items-center gap-1 text-blue-700 hover:underline"
                >
                  <Download className="size-3.5" aria-hidden />
                  {t("download")}
                </a>
              </figcaption>
            </figure>
          ) : null}
        </div>
      )}
    </Card>
  );
}
