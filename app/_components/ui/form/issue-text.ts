/**
 * Our schemas write their messages "中文 / English" (server/trpc/error-map.ts speaks the same
 * way to API callers; a few write "…)/ English"). The half in the viewer's language, or null
 * for zod's own generic messages and anything not written both ways — the form then says it in
 * its own words.
 */
export function localizedIssue(message: string | undefined, locale: string): string | null {
  if (!message) return null;
  const halves = message.split(/ ?\/ /);
  const [zh, en] = halves;
  if (halves.length !== 2 || !zh || !en) return null;
  return locale === "en" ? en : zh;
}
