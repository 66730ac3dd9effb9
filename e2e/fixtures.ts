import { expect, type Page } from "@playwright/test";

/** Signs in with the demo account's one-click button and waits for the audience's home. */
export async function signInAs(page: Page, email: string, home: RegExp): Promise<void> {
  await page.context().clearCookies();
  await page.goto("/sign-in");
  await page.getByTestId(`demo-${email}`).click();
  await expect(page).toHaveURL(home);
}

/** The first order link on a list page, as its path. */
export async function firstOrderPath(page: Page): Promise<string> {
  const link = page.locator("table a[href*='/orders/']").first();
  await expect(link).toBeVisible();
  const href = await link.getAttribute("href");
  if (!href) throw new Error("order link without href");
  return href;
}

export async function setLanguage(page: Page, locale: "zh-CN" | "en"): Promise<void> {
  const url = new URL(page.url());
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, domain: url.hostname, path: "/" }]);
  await page.reload();
}
