import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/app/_components/ui/badge";
import { getCaller } from "@/app/_trpc/server";

export const metadata = { title: "店铺管理" };

export default async function AdminShopsPage() {
  const t = await getTranslations();
  const shops = await (await getCaller()).admin.shops();
  return (
    <div className="flex flex-col gap-3">
      <h1 className="text-lg font-semibold">{t("nav.shops")}</h1>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {shops.map((shop) => (
          <li key={shop.id}>
            <Link href={`/admin/shops/${shop.id}`} className="flex h-full flex-col gap-2 rounded-lg border border-gray-200 bg-white p-4 hover:border-brand-500">
              <span className="font-medium">{shop.name}</span>
              <span className="flex flex-wrap gap-1">
                <Badge tone={shop.businessMode === "FBP" ? "purple" : "blue"}>{t(`shop.modes.${shop.businessMode}`)}</Badge>
                <Badge>{t(`shop.styles.${shop.marketplaceStyle}`)}</Badge>
              </span>
              <span className="mt-auto flex gap-4 text-sm text-gray-600">
                <span>
                  {t("shop.orders")} <b className="text-gray-900 tabular-nums">{shop.orderCount}</b>
                </span>
                <span>
                  {t("shop.openOrders")} <b className="text-gray-900 tabular-nums">{shop.openOrderCount}</b>
                </span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
