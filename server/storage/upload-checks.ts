/**
 * The checks every upload passes before it is stored (DESIGN "Evidence upload", WO-3, INV-2):
 * size, extension allow-list and magic bytes here, cheaply, on the calling thread; then PDF/OFD
 * structure, zip limits for OFD and an image re-encode that drops EXIF/GPS in a worker thread
 * (check-pool.ts), so a hostile file cannot stall other requests. Bytes in, checked bytes out.
 */
import { fileTypeFromBuffer } from "file-type";
import type { FileKind } from "@/server/domain/files";
import { runContentCheck } from "./check-pool";
import { fileTooLarge, MAX_UPLOAD_BYTES, uploadError } from "./upload-errors";

export { MAX_IMAGE_PIXELS } from "./content-checks";
export { OFD_MAX_COMPRESSION_RATIO, OFD_MAX_ENTRIES, OFD_MAX_TOTAL_UNCOMPRESSED } from "./ofd-check";
export { fileTooLarge, MAX_UPLOAD_BYTES, uploadError, type UploadErrorCode } from "./upload-errors";

/** Extension → the kind its content must be. */
export const extensionKinds: Readonly<Record<string, FileKind>> = {
  ".pdf": "pdf",
  ".ofd": "ofd",
  ".jpg": "jpeg",
  ".jpeg": "jpeg",
  ".png": "png",
  ".webp": "webp",
};

export const contentTypes: Readonly<Record<FileKind, string>> = {
  pdf: "application/pdf",
  ofd: "application/ofd",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
};

const kindLabels: Readonly<Record<FileKind, string>> = {
  pdf: "PDF",
  ofd: "OFD",
  jpeg: "JPG",
  png: "PNG",
  webp: "WEBP",
};

/** What file-type reports for each kind (OFD is a plain zip container). */
const detectedKinds: Readonly<Record<string, FileKind>> = {
  pdf: "pdf",
  zip: "ofd",
  jpg: "jpeg",
  png: "png",
  webp: "webp",
};

export interface CheckedUpload {
  kind: FileKind;
  contentType: string;
  /** The bytes to store: re-encoded for images, unchanged otherwise. */
  bytes: Uint8Array;
  width?: number;
  height?: number;
}

/** The name people gave the file, without folders or control characters; never used as a path. */
export function cleanOriginalName(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(-200);
  return cleaned === "" ? "file" : cleaned;
}

export function extensionOf(filename: string): string {
  const name = cleanOriginalName(filename);
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot).toLowerCase();
}

function kindList(kinds: readonly FileKind[]): { zh: string; en: string } {
  const labels = [...new Set(kinds.map((k) => kindLabels[k]))];
  const last = labels.pop() ?? "";
  return { zh: [...labels, last].join("、"), en: labels.length > 0 ? `${labels.join(", ")} or ${last}` : last };
}

export async function checkUpload(input: {
  filename: string;
  bytes: Uint8Array;
  allowedKinds: readonly FileKind[];
  maxBytes?: number;
}): Promise<CheckedUpload> {
  const { bytes, allowedKinds } = input;
  const maxBytes = input.maxBytes ?? MAX_UPLOAD_BYTES;
  if (bytes.length === 0)
    throw uploadError("EMPTY_FILE", {
      "zh-CN": "文件为空,请重新选择",
      en: "The file is empty. Please choose another file.",
    });
  if (bytes.length > maxBytes) throw fileTooLarge(maxBytes);

  const ext = extensionOf(input.filename);
  const claimed = extensionKinds[ext];
  if (!claimed) {
    throw uploadError(
      "EXTENSION_NOT_ALLOWED",
      {
        "zh-CN": "不支持该文件类型,仅支持 PDF、OFD、JPG、PNG、WEBP 文件",
        en: "This file type is not supported. Only PDF, OFD, JPG, PNG and WEBP files are accepted.",
      },
      { extension: ext },
    );
  }
  if (!allowedKinds.includes(claimed)) {
    const list = kindList(allowedKinds);
    throw uploadError(
      "CONTENT_MISMATCH",
      { "zh-CN": `此处只能上传 ${list.zh} 文件`, en: `Only ${list.en} files can be uploaded here.` },
      { kind: claimed, allowedKinds },
    );
  }
  const detected = await fileTypeFromBuffer(bytes);
  const actual = detected ? detectedKinds[detected.ext] : undefined;
  if (actual !== claimed) {
    throw uploadError(
      "CONTENT_MISMATCH",
      {
        "zh-CN": `文件内容与扩展名 ${ext} 不符,请上传真实的 ${kindLabels[claimed]} 文件`,
        en: `The file's content does not match its ${ext} extension. Please upload a genuine ${kindLabels[claimed]} file.`,
      },
      { extension: ext, detected: detected?.ext ?? null },
    );
  }

  const content = await runContentCheck(claimed, bytes);
  const { width, height } = content;
  return { kind: claimed, contentType: contentTypes[claimed], bytes: content.bytes ?? bytes, width, height };
}
