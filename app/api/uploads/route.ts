import { DomainError, type DomainErrorKind } from "@/server/domain/errors";
import { LOCALE_COOKIE, toLocale, type Locale } from "@/server/i18n/locale";
import { createRequestContext, readCookie } from "@/server/request-context";
import { isSameOrigin } from "@/server/security/origin";
import { limitUploads } from "@/server/security/rate-limit";
import { isUploadPurpose, storeUpload } from "@/server/services/files/store-upload";
import { homeTenantOf, requestServiceContext } from "@/server/services/service-context";
import { fileTooLarge, MAX_UPLOAD_BYTES } from "@/server/storage/upload-checks";
import { readBodyCapped } from "@/server/security/body-limit";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * POST /api/uploads?purpose=invoice|evidence&filename=<name>, the raw file bytes as the body
 * (so XHR upload progress is simple). 201 with the stored file, or `{ code, message }`.
 */
export async function POST(req: Request): Promise<Response> {
  const locale = toLocale(readCookie(req.headers, LOCALE_COOKIE));
  // CSRF: uploads must come from our own pages.
  if (!isSameOrigin(req)) {
    return fail(403, "CROSS_ORIGIN", pick(locale, "请求来源不被允许", "Cross-origin request refused"));
  }
  const ctx = await createRequestContext(req.headers);
  const tenant = homeTenantOf(ctx.actor);
  if (!tenant) return fail(401, "UNAUTHENTICATED", pick(ctx.locale, "请先登录", "Please sign in"));
  const limited = await limitUploads(req, ctx);
  if (limited) return limited;

  const url = new URL(req.url);
  const purpose = url.searchParams.get("purpose");
  if (!isUploadPurpose(purpose))
    return fail(400, "BAD_PURPOSE", pick(ctx.locale, "上传用途无效", "Unknown upload purpose"));
  const filename = url.searchParams.get("filename")?.trim() ?? "";
  if (filename === "" || filename.length > 255) {
    return fail(400, "BAD_FILENAME", pick(ctx.locale, "文件名缺失或过长", "The file name is missing or too long"));
  }

  const declared = Number(req.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > MAX_UPLOAD_BYTES) return domainFailure(fileTooLarge(), ctx.locale);

  const bytes = await readBodyCapped(req, MAX_UPLOAD_BYTES);
  if (bytes === "too_large") return domainFailure(fileTooLarge(), ctx.locale);

  try {
    const stored = await storeUpload(requestServiceContext(ctx, tenant), { filename, bytes, purpose });
    return Response.json(stored, { status: 201 });
  } catch (error) {
    if (error instanceof DomainError) return domainFailure(error, ctx.locale);
    console.error("[uploads] failed:", error);
    return fail(500, "INTERNAL", pick(ctx.locale, "上传失败,请稍后重试", "Upload failed. Please try again later."));
  }
}

const statusOf: Record<DomainErrorKind, number> = {
  BAD_REQUEST: 400,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

function domainFailure(error: DomainError, locale: Locale): Response {
  const status = error.code === "FILE_TOO_LARGE" ? 413 : statusOf[error.kind];
  return fail(status, error.code, error.text[locale]);
}

function fail(status: number, code: string, message: string): Response {
  return Response.json({ code, message }, { status, headers: { "Cache-Control": "no-store" } });
}

function pick(locale: Locale, zh: string, en: string): string {
  return locale === "en" ? en : zh;
}
