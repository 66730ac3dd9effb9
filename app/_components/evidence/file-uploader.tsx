"use client";

import { FileText, Loader2, Upload, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type DragEvent } from "react";
import {
  isImageFile,
  parseUploadedFile,
  UPLOAD_LIMIT_BYTES,
  type UploadedFile,
  type UploadPurpose,
} from "./uploaded-file";

export interface FileUploaderProps {
  purpose: UploadPurpose;
  /** Passed to the file input, e.g. ".pdf,.ofd"; the server checks content regardless. */
  accept: string;
  multiple?: boolean;
  value: UploadedFile[];
  onChange: (files: UploadedFile[]) => void;
  label: string;
  disabled?: boolean;
  /** The field's error, shown under the drop zone and read with the file input. */
  error?: string;
}

interface Pending {
  localId: string;
  name: string;
  percent: number;
  error: string | null;
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function messageOf(body: string): string | null {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === "object" && parsed !== null && "message" in parsed && typeof parsed.message === "string")
      return parsed.message;
  } catch {
    // not JSON: fall through to the generic message
  }
  return null;
}

/** Uploads files one request each (XHR, for progress) and reports the accepted ones via onChange. */
export function FileUploader({
  purpose,
  accept,
  multiple = false,
  value,
  onChange,
  label,
  disabled = false,
  error,
}: FileUploaderProps) {
  const t = useTranslations("upload");
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const [pending, setPending] = useState<Pending[]>([]);
  const [dragging, setDragging] = useState(false);
  const valueRef = useRef(value);
  const onChangeRef = useRef(onChange);
  const requests = useRef(new Map<string, XMLHttpRequest>());

  useEffect(() => {
    valueRef.current = value;
    onChangeRef.current = onChange;
  }, [value, onChange]);

  useEffect(() => {
    const inFlight = requests.current;
    return () => {
      for (const xhr of inFlight.values()) xhr.abort();
      inFlight.clear();
    };
  }, []);

  const patch = (localId: string, change: Partial<Pending>) =>
    setPending((items) => items.map((item) => (item.localId === localId ? { ...item, ...change } : item)));
  const drop = (localId: string) => setPending((items) => items.filter((item) => item.localId !== localId));

  function accepted(file: UploadedFile) {
    const next = multiple ? [...valueRef.current, file] : [file];
    valueRef.current = next;
    onChangeRef.current(next);
  }

  function removeFile(id: string) {
    const next = valueRef.current.filter((f) => f.id !== id);
    valueRef.current = next;
    onChangeRef.current(next);
  }

  function upload(file: File) {
    const localId = crypto.randomUUID();
    const item: Pending = { localId, name: file.name, percent: 0, error: null };
    if (file.size > UPLOAD_LIMIT_BYTES) {
      setPending((items) => [...items, { ...item, error: t("tooLarge") }]);
      return;
    }
    setPending((items) => [...items, item]);
    const xhr = new XMLHttpRequest();
    requests.current.set(localId, xhr);
    xhr.open("POST", `/api/uploads?purpose=${encodeURIComponent(purpose)}&filename=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable)
        patch(localId, { percent: Math.min(99, Math.round((event.loaded / event.total) * 100)) });
    };
    xhr.onload = () => {
      requests.current.delete(localId);
      const stored = xhr.status === 201 ? parseUploadedFile(safeJson(xhr.responseText)) : null;
      if (stored) {
        drop(localId);
        accepted(stored);
      } else {
        patch(localId, { error: messageOf(xhr.responseText) ?? t("networkError") });
      }
    };
    xhr.onerror = () => {
      requests.current.delete(localId);
      patch(localId, { error: t("networkError") });
    };
    xhr.send(file);
  }

  function cancel(localId: string) {
    requests.current.get(localId)?.abort();
    requests.current.delete(localId);
    drop(localId);
  }

  function choose(list: FileList | null) {
    if (!list || disabled) return;
    const chosen = Array.from(list);
    for (const file of multiple ? chosen : chosen.slice(0, 1)) upload(file);
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files);
  }

  const busy = pending.some((item) => item.error === null);
  const types = accept
    .split(",")
    .map((ext) => ext.trim().replace(/^\./, "").toUpperCase())
    .filter(Boolean)
    .join(" / ");

  return (
    <div className="space-y-2">
      <span className="block text-sm font-medium text-gray-800">{label}</span>
      <div
        onDragOver={(event) => {
          event.preventDefault();
          if (!disabled) setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`flex flex-wrap items-center gap-3 rounded-lg border border-dashed px-4 py-3 text-sm transition-colors ${
          dragging ? "border-brand-500 bg-brand-500/5" : error ? "border-red-400 bg-white" : "border-gray-300 bg-white"
        } ${disabled ? "opacity-60" : ""}`}
      >
        <label
          htmlFor={inputId}
          className={`inline-flex items-center gap-1.5 rounded-md bg-white px-3 py-1.5 font-medium text-gray-800 ring-1 ring-inset ring-gray-300 focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-brand-500 ${
            disabled ? "cursor-not-allowed text-gray-500" : "cursor-pointer hover:bg-gray-50"
          }`}
        >
          {busy ? <Loader2 className="size-4 animate-spin" aria-hidden /> : <Upload className="size-4" aria-hidden />}
          {t("choose")}
          <input
            id={inputId}
            type="file"
            className="sr-only"
            accept={accept}
            multiple={multiple}
            disabled={disabled}
            aria-label={label}
            aria-describedby={error ? `${hintId} ${errorId}` : hintId}
            aria-invalid={error ? true : undefined}
            onChange={(event) => {
              choose(event.currentTarget.files);
              event.currentTarget.value = "";
            }}
          />
        </label>
        <span className="text-gray-500">{t("dropHint")}</span>
        <span id={hintId} className="basis-full text-xs text-gray-500">
          {t("limitHint", { types })}
        </span>
      </div>
      {error ? (
        <p id={errorId} className="text-xs text-red-600">
          {error}
        </p>
      ) : null}

      {pending.length > 0 ? (
        <ul className="space-y-2">
          {pending.map((item) => (
            <li key={item.localId} className="rounded-md border border-gray-200 bg-white px-3 py-2 text-sm">
              <div className="flex items-center justify-between gap-2">
                <span className="truncate text-gray-800">{item.name}</span>
                <button
                  type="button"
                  onClick={() => cancel(item.localId)}
                  className="rounded p-1 text-gray-500 hover:bg-gray-100 hover:text-gray-800"
                  aria-label={item.error ? t("dismiss") : t("cancel", { name: item.name })}
                >
                  <X className="size-4" aria-hidden />
                </button>
              </div>
              {item.error ? (
                <p role="alert" className="mt-1 text-xs text-red-600">
                  {t("failed", { name: item.name })}: {item.error}
                </p>
              ) : (
                <div
                  role="progressbar"
                  aria-label={t("uploading", { name: item.name })}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={item.percent}
                  className="mt-2 h-1.5 overflow-hidden rounded-full bg-gray-100"
                >
                  <div
                    className="h-full rounded-full bg-brand-500 transition-[width]"
                    style={{ width: `${item.percent}%` }}
                  />
                </div>
              )}
            </li>
          ))}
        </ul>
      ) : null}

      {value.length > 0 ? (
        <ul className="flex flex-wrap gap-3">
          {value.map((file) => (
            <li
              key={file.id}
              className="relative flex w-40 flex-col gap-1 rounded-md border border-gray-200 bg-white p-2 text-xs"
            >
              {isImageFile(file) ? (
                <img
                  src={`/api/files/${file.id}?inline=1`}
                  alt={file.originalName}
                  className="h-24 w-full rounded object-cover"
                />
              ) : (
                <div className="flex h-24 w-full items-center justify-center rounded bg-gray-50 text-gray-500">
                  <FileText className="size-10" aria-hidden />
                </div>
              )}
              <a
                href={`/api/files/${file.id}`}
                className="truncate text-gray-800 hover:underline"
                title={file.originalName}
                aria-label={t("download", { name: file.originalName })}
              >
                {file.originalName}
              </a>
              <span className="text-gray-500">{formatSize(file.sizeBytes)}</span>
              {disabled ? null : (
                <button
                  type="button"
                  onClick={() => removeFile(file.id)}
                  className="absolute right-1 top-1 rounded-full bg-white/90 p-1 text-gray-600 shadow-sm ring-1 ring-gray-200 hover:text-red-600"
                  aria-label={t("remove", { name: file.originalName })}
                >
                  <X className="size-3.5" aria-hidden />
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
