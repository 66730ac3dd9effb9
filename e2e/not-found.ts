import { expect, type Page } from "@playwright/test";

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/** The ids of the records a list page at `path` links to under `prefix` (e.g. "/merchant/disputes/"). */
export async function linkedIds(page: Page, path: string, prefix: string): Promise<string[]> {
  await page.goto(path);
  const links = page.locator(`a[href^="${prefix}"]`);
  await expect(links.first()).toBeAttached();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  const ids = hrefs
    .map((href) => UUID.exec(href.slice(prefix.length))?.[0])
    .filter((id): id is string => id !== undefined);
  return [...new Set(ids)];
}

/** The first id `linkedIds` finds; fails the test when the page links to none. */
export async function firstLinkedId(page: Page, path: string, prefix: string): Promise<string> {
  const [id] = await linkedIds(page, path, prefix);
  expect(id, `${path} links to no ${prefix}<id>`).toBeDefined();
  return id ?? "";
}

/** Every id linked under `prefix` from the pages at `paths` (which may link to none). */
export async function idsLinkedFrom(page: Page, paths: readonly string[], prefix: string): Promise<string[]> {
  const ids: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    const hrefs = await page
      .locator(`a[href^="${prefix}"]`)
      .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    ids.push(
      ...hrefs.map((href) => UUID.exec(href.slice(prefix.length))?.[0]).filter((id): id is string => id !== undefined),
    );
  }
  return [...new Set(ids)];
}

/** Requests every URL in the signed-in page and expects a real HTTP 404 with the not-found screen. */
export async function expectNotFound(page: Page, urls: readonly string[]): Promise<void> {
  const statuses: Record<string, number | undefined> = {};
  for (const url of urls) statuses[url] = (await page.goto(url))?.status();
  expect(statuses).toEqual(Object.fromEntries(urls.map((url) => [url, 404])));
  await expect(page.getByText("页面不存在")).toBeVisible();
}

/** Ids that are not ours: not shaped like a uuid, and shaped like one but unknown. */
export const badIds = ["not-a-uuid", "00000000-0000-4000-8000-000000000000"] as const;
