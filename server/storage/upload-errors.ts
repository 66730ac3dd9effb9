/** Error codes and helpers shared by the upload checks on the main thread and in the check worker. */
import { DomainError, type LocalizedText } from "@/server/domain/errors";

/** Largest accepted upload: 10 MiB. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export type UploadErrorCode =
  | "EMPTY_FILE"
  | "FILE_TOO_LARGE"
  | "EXTENSION_NOT_ALLOWED"
  | "CONTENT_MISMATCH"
  | "MALFORMED_PDF"
  | "MALFORMED_OFD"
  | "OFD_INFLATES_TOO_MUCH"
  | "MALFORMED_IMAGE"
  | "IMAGE_TOO_LARGE";

export function uploadError(
  code: UploadErrorCode,
  text: LocalizedText,
  details?: Record<string, unknown>,
): DomainError {
  return new DomainError("BAD_REQUEST", code, text, details);
}

export function fileTooLarge(maxBytes: number = MAX_UPLOAD_BYTES): DomainError {
  const mb = Math.round(maxBytes / (1024 * 1024));
  return uploadError(
    "FILE_TOO_LARGE",
    {
      "zh-CN": `文件过大,单个文件不能超过 ${mb} MB`,
      en: `The file is too large. Each file must be ${mb} MB or smaller.`,
    },
    { maxBytes },
  );
}
