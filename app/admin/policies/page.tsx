import { getTranslations } from "next-intl/server";
import { PolicyFamilyCard } from "@/app/_components/policies/policy-family-card";
import { getCaller, getContext } from "@/app/_trpc/server";

export const metadata = { title: "规则版本" };

/**
 * ROL-1/ROL-2: every policy family with its version in force, its versions and their parameters,
 * the rollout with its history, which shops run which version, open drafts and rollout controls.
 */
export default async function AdminPoliciesPage() {
  const t = await getTranslations("policies.admin");
  const families = await (await getCaller()).policies.admin.list();
  const context = await getContext();
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="mb-1 text-lg font-semibold">{t("title")}</h1>
        <p className="text-sm text-gray-600">{t("hint")}</p>
      </div>
      {families.map((family) => (
        <PolicyFamilyCard key={family.policyId} family={family} viewerId={context.actor?.userId ?? ""} />
      ))}
    </div>
  );
}
