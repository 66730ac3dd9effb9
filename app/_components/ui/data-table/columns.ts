import {
  createColumnHelper,
  metaHelper,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  type RowData,
} from "@tanstack/react-table";
import type { ReactNode } from "react";

/**
 * Where a column shows on a phone card (below `md`): the title and a badge on the first line,
 * body lines under them, then a footer of `meta` items (joined by " · ") and `end` items on
 * the right; `field` columns stand as "label  value" pairs. A column without a slot is left
 * off the card (e.g. the table's action link: the whole card is the link).
 */
export type CardSlot = "title" | "badge" | "body" | "meta" | "end" | "field";

/** What a screen says about one column, once, for both the desktop table and the phone cards. */
export interface DataColumn<TRow extends RowData> {
  /** Unique; for a sortable column also the sort key the server takes. */
  id: string;
  header: string;
  cell: (row: TRow) => ReactNode;
  card?: CardSlot;
  /** The card's own rendering of the column, where the table cell is too wide for a card. */
  cardCell?: (row: TRow) => ReactNode;
  /** false: on the card only (e.g. a claim that the table leaves out). */
  inTable?: boolean;
  /** Numbers: right-aligned in the table. */
  align?: "end";
  /** Extra classes of the table cell (e.g. `font-mono`, `whitespace-nowrap`). */
  className?: string;
  /** The header's tooltip (e.g. a metric's definition). */
  headerTitle?: string;
  /** data-testid of the table cell. */
  testId?: string;
  /** The server can order by this column; `descFirst`: the first click sorts high → low. */
  sort?: { descFirst: boolean };
}

export type DataColumnMeta<TRow extends RowData> = Pick<
  DataColumn<TRow>,
  "card" | "cardCell" | "inTable" | "align" | "className" | "headerTitle" | "testId"
>;

/** Sorting and selection only: rows arrive ordered by the server, so no client row models. */
export function dataTableFeatures<TRow extends RowData>() {
  return tableFeatures({ rowSortingFeature, rowSelectionFeature, columnMeta: metaHelper<DataColumnMeta<TRow>>() });
}

export type DataTableFeatures<TRow extends RowData> = ReturnType<typeof dataTableFeatures<TRow>>;

/** The screen's columns as TanStack Table column definitions (display columns, sort and card slots in meta). */
export function toColumnDefs<TRow extends RowData>(columns: readonly DataColumn<TRow>[]) {
  const helper = createColumnHelper<DataTableFeatures<TRow>, TRow>();
  return columns.map(({ id, header, cell, sort, ...meta }) =>
    helper.display({
      id,
      header,
      cell: ({ row }) => cell(row.original),
      meta,
      enableSorting: sort !== undefined,
      sortDescFirst: sort?.descFirst,
    }),
  );
}
