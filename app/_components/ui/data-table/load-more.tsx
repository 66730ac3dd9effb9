"use client";

import { useTranslations } from "next-intl";
import { Button } from "../button";

/** The foot of a keyset-paginated list: "load more" while there is a next page. */
export function LoadMore({
  query,
}: {
  query: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
}) {
  const t = useTranslations("common");
  return (
    <div className="flex justify-center py-2">
      {query.hasNextPage ? (
        <Button variant="secondary" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
          {query.isFetchingNextPage ? t("loading") : t("loadMore")}
        </Button>
      ) : (
        <span className="text-xs text-gray-500">{t("noMore")}</span>
      )}
    </div>
  );
}
