// The policy screens' view of the `policies` router's answers (ROL-1/ROL-2).
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";

type Outputs = inferRouterOutputs<AppRouter>["policies"];

export type PolicyFamilyView = Outputs["admin"]["list"][number];
export type PolicyDraftView = Outputs["admin"]["getDraft"];
export type ShopPoliciesView = Outputs["merchant"]["mine"];
export type PolicyChangeView = PolicyDraftView["changes"][number];
export type LocalizedName = PolicyFamilyView["name"];

/** Text in the viewer's language (the server gives both). */
export function inLocale(text: LocalizedName, locale: string): string {
  return locale === "en" ? text.en : text["zh-CN"];
}
