import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "../format";
import { Badge } from "../ui/badge";
import { Card } from "../ui/card";
import { ChangeList } from "./change-list";
import { inLocale, type ShopPoliciesView } from "./types";

/**
 * ROL-2 公告 for the merchant: which version of each rule the shop's new items get and why, and
 * the notices of versions that now apply (or were rolled back), with the effective time and changes.
 */
export async function RuleNotices({ data, timeZone }: { data: ShopPoliciesView; timeZone: string }) {
  const t = await getTranslations("policies.merchant");
  const locale = await getLocale();
  return (
    <div className="flex flex-col gap-4">
      <Card title={t("notices")}>
        {data.notices.length === 0 ? (
          <p className="text-sm text-gray-500">{t("noNotices")}</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {data.notices.map((notice) => {
              const name = inLocale(notice.name, locale);
              return (
                <li key={notice.id} className="flex flex-col gap-2 rounded border border-gray-200 p-3">
                  <h3 className="flex flex-wrap items-center gap-2 text-sm font-semibold">
                    {notice.kind === "rolled_back"
                      ? t("rolledBack", { name, version: notice.version })
                      : t("rolledOut", { name, version: notice.version })}
                    <Badge tone={notice.kind === "rolled_back" ? "amber" : "blue"}>
                      {t("fromVersion", { from: notice.fromVersion })}
                    </Badge>
                  </h3>
                  <p className="text-xs text-gray-600">
                    {t("effectiveAt", { at: formatDateTime(notice.effectiveAt, timeZone) })}
                  </p>
                  <h4 className="text-xs font-medium text-gray-700">{t("changes")}</h4>
                  <ChangeList changes={notice.changes} emptyText={t("noChanges")} />
                </li>
              );
            })}
          </ul>
        )}
      </Card>
      <Card title={t("current")}>
        <table className="w-full text-left text-sm">
          <thead className="text-xs text-gray-600">
            <tr>
              <th scope="col" className="py-1 pr-2 font-medium">
                {t("policy")}
              </th>
              <th scope="col" className="py-1 pr-2 font-medium">
                {t("version")}
              </th>
              <th scope="col" className="py-1 font-medium">
                {t("reason")}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.policies.map((p) => (
              <tr key={p.policyId} className="border-t border-gray-100 align-top">
                <td className="py-1.5 pr-2">{inLocale(p.name, locale)}</td>
                <td className="py-1.5 pr-2 whitespace-nowrap">v{p.version}</td>
                <td className="py-1.5 text-gray-700">{inLocale(p.reasonText, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </div>
  );
}
