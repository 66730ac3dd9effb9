import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, toLocale } from "@/server/i18n/locale";
import en from "./messages/en.json";
import zhCN from "./messages/zh-CN.json";

// Locale comes from the remembered switch (a cookie), not the URL: zh-CN unless set to en.
export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: locale === "en" ? en : zhCN, timeZone: "Asia/Shanghai" };
});
