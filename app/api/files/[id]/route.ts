import { imageKinds, type FileKind } from "@/server/domain/files";
import { DomainError } from "@/server/domain/errors";
import { createRequestContext } from "@/server/request-context";
import { loadReadableFile, type FileRow } from "@/server/services/files/can-read-file";
import { homeTenantOf, requestServiceContext } from "@/server/services/service-context";
import { getBlobStore } from "@/server/storage/blob-store";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const previewable: readonly FileKind[] = [...imageKinds, "pdf"];

/**
 * GET /api/files/<id>[?inline=1]: the file if the caller may read it (404 otherwise, never
 * revealing existence). Served as an attachment with nosniff and a sandbox CSP; `inline=1`
 * shows images and PDFs in place for previews.
 */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const ctx = await createRequestContext(req.headers);
  const tenant = homeTenantOf(ctx.actor);
  let file: FileRow;
  try {
    if (!tenant) throw new DomainError("NOT_FOUND", "NOT_FOUND", { "zh-CN": "文件不存在", en: "File not found" });
    file = await loadReadableFile(requestServiceContext(ctx, tenant), { fileId: id });
  } catch (error) {
    if (error instanceof DomainError && error.kind === "NOT_FOUND") return notFound(error.text[ctx.locale]);
    throw error;
  }
  const blob = await getBlobStore().get(file.storageKey);
  if (!blob) {
    console.error(`[files] blob missing for file ${file.id} (${file.storageKey})`);
    return notFound(ctx.locale === "en" ? "File not found" : "文件不存在");
  }
  const inline = new URL(req.url).searchParams.get("inline") === "1" && previewable.includes(file.kind);
  return new Response(blob.stream, {
    status: 200,
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(blob.size),
      "Content-Disposition": contentDisposition(inline ? "inline" : "attachment", file.originalName),
      "X-Content-Type-Options": "nosniff",
      // Framed only by our own evidence viewer.
      "Content-Security-Policy": "sandbox; default-src 'none'; frame-ancestors 'self'",
      "X-Frame-Options": "SAMEORIGIN",
      "Referrer-Policy": "same-origin",
      "Cache-Control": "private, max-age=0",
      "Cross-Origin-Resource-Policy": "same-origin",
    },
  });
}

/** RFC 6266 / 5987: an ASCII fallback plus the exact UTF-8 name. */
function contentDisposition(type: "inline" | "attachment", name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%;]/g, "_");
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

function notFound(message: string): Response {
  return Response.json({ code: "NOT_FOUND", message }, { status: 404, headers: { "Cache-Control": "no-store" } });
}
