"use client";

import type { Row, RowData } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "../button";
import type { DataTableFeatures } from "./columns";
import type { DataTableInstance } from "./table-view";

const box = "size-4 cursor-pointer rounded border-gray-300 accent-brand-600";

/** Selects every loaded row (mixed while only some are). */
export function SelectAllCheckbox<TRow extends RowData>({ table }: { table: DataTableInstance<TRow> }) {
  const t = useTranslations("dataTable");
  const some = table.getIsSomeRowsSelected();
  return (
    <input
      type="checkbox"
      className={box}
      aria-label={t("selectAll")}
      checked={table.getIsAllRowsSelected()}
      ref={(input) => {
        if (input) input.indeterminate = some;
      }}
      onChange={table.getToggleAllRowsSelectedHandler()}
    />
  );
}

/** One row's checkbox; shift-click selects the range since the last one. */
export function SelectRowCheckbox<TRow extends RowData>({
  row,
  label,
}: {
  row: Row<DataTableFeatures<TRow>, TRow>;
  label: string;
}) {
  return (
    <input
      type="checkbox"
      className={box}
      aria-label={label}
      checked={row.getIsSelected()}
      disabled={!row.getCanSelect()}
      onChange={row.getToggleSelectedHandler()}
    />
  );
}

/** Shown while rows are selected: how many, the screen's bulk actions, and a way out. */
export function BulkBar({ count, onClear, children }: { count: number; onClear: () => void; children: ReactNode }) {
  const t = useTranslations("dataTable");
  return (
    <div
      className="flex flex-wrap items-center gap-2 rounded-lg border border-blue-200 bg-blue-50 px-3 py-2 text-sm"
      role="region"
      aria-label={t("bulkActions")}
    >
      <span className="font-medium text-blue-900">{t("selected", { count })}</span>
      <div className="flex flex-wrap items-center gap-2">{children}</div>
      <Button variant="ghost" className="ml-auto" onClick={onClear}>
        {t("clearSelection")}
      </Button>
    </div>
  );
}
