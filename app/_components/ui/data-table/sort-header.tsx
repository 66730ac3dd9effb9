"use client";

import type { Column, RowData } from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { useTranslations } from "next-intl";
import type { DataTableFeatures } from "./columns";

type AnyColumn<TRow extends RowData> = Column<DataTableFeatures<TRow>, TRow, unknown>;

/** The header cell's aria-sort: the order the rows are in, on the column that orders them. */
export function ariaSortOf<TRow extends RowData>(column: AnyColumn<TRow>): "ascending" | "descending" | undefined {
  const sorted = column.getIsSorted();
  return sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined;
}

/** Whether the user may re-sort by this column (the server takes it as a sort key). */
export function canSortBy<TRow extends RowData>(column: AnyColumn<TRow>, sortable: boolean): boolean {
  return sortable && column.columnDef.enableSorting === true;
}

function SortIcon({ direction, dim }: { direction: false | "asc" | "desc"; dim: boolean }) {
  const Icon = direction === "asc" ? ArrowUp : direction === "desc" ? ArrowDown : ArrowUpDown;
  return <Icon className={`size-3 shrink-0 ${dim ? "text-gray-500" : ""}`} aria-hidden />;
}

/**
 * A column's header label: a sort button where the server can order by it (the same column
 * flips the direction, another starts at its first direction), a plain label with the
 * direction arrow where it is the list's one fixed order.
 */
export function SortHeader<TRow extends RowData>({
  column,
  label,
  sortable,
}: {
  column: AnyColumn<TRow>;
  label: string;
  sortable: boolean;
}) {
  const direction = column.getIsSorted();
  if (!canSortBy(column, sortable)) {
    return direction ? (
      <span className="inline-flex items-center gap-1">
        {label}
        <SortIcon direction={direction} dim={false} />
      </span>
    ) : (
      <>{label}</>
    );
  }
  return (
    <button
      type="button"
      onClick={() => column.toggleSorting()}
      data-testid={`sort-${column.id}`}
      className={`inline-flex items-center gap-1 rounded hover:text-gray-900 focus-visible:outline-2 focus-visible:outline-brand-500 ${direction ? "font-semibold text-gray-900" : ""}`}
    >
      {label}
      <SortIcon direction={direction} dim={!direction} />
    </button>
  );
}

/** Cards have no header row: the same sort buttons above them, where the list can be re-sorted. */
export function CardSortBar<TRow extends RowData>({ columns }: { columns: AnyColumn<TRow>[] }) {
  const t = useTranslations("dataTable");
  if (columns.length === 0) return null;
  return (
    <div
      className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-gray-600"
      role="group"
      aria-label={t("sortBy")}
    >
      <span>{t("sortBy")}:</span>
      {columns.map((column) => {
        const direction = column.getIsSorted();
        const label = typeof column.columnDef.header === "string" ? column.columnDef.header : column.id;
        return (
          <button
            key={column.id}
            type="button"
            aria-pressed={direction !== false}
            onClick={() => column.toggleSorting()}
            data-testid={`sort-${column.id}`}
            className={`inline-flex items-center gap-1 rounded py-1 ${direction ? "font-semibold text-gray-900" : ""}`}
          >
            {label}
            {direction ? <span className="sr-only">{t(direction)}</span> : null}
            <SortIcon direction={direction} dim={!direction} />
          </button>
        );
      })}
    </div>
  );
}
