"use client";

import { useTable, type RowSelectionState, type SortingState, type Updater, type RowData } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import { useMemo, useState, type ReactNode } from "react";
import { CardList } from "./card-list";
import { dataTableFeatures, toColumnDefs, type DataColumn } from "./columns";
import { ListState } from "./list-state";
import { LoadMore } from "./load-more";
import { BulkBar } from "./selection";
import { TableView } from "./table-view";
import { useWideScreen } from "./use-wide-screen";

/** The list's query: loading / error / retry, and keyset "load more" when it pages. */
export interface DataTableQuery {
  status: "pending" | "error" | "success";
  refetch: () => unknown;
  hasNextPage?: boolean;
  isFetchingNextPage?: boolean;
  fetchNextPage?: () => unknown;
}

export interface DataTableSorting {
  /** The order the rows arrive in (the server sorts; a partial page is never re-sorted here). */
  value: SortingState;
  /** Absent: the server has this one order, so the header only shows it. */
  onChange?: (next: SortingState) => void;
}

export type RowAttributes = Record<`data-${string}`, string | undefined>;

export interface DataTableProps<TRow extends RowData> {
  /** Memoised by the screen: a new array rebuilds the columns. */
  columns: readonly DataColumn<TRow>[];
  /** Memoised too (useInfiniteRows). */
  rows: TRow[];
  getRowId: (row: TRow) => string;
  /** Absent: rows rendered on the server, always loaded. */
  query?: DataTableQuery;
  emptyText?: string;
  sorting?: DataTableSorting;
  /** The bulk-action slot: given, rows get checkboxes and a bar with these actions shows while any is selected. */
  bulkActions?: (selected: TRow[], clearSelection: () => void) => ReactNode;
  /** Names a row's checkbox (e.g. its order number); default "select this row". */
  rowLabel?: (row: TRow) => string;
  /** The phone card opens this page (the table keeps its own link column). */
  rowHref?: (row: TRow) => string;
  /** data-* attributes of a table row and of a card's list item (test ids, urgency). */
  rowAttributes?: (row: TRow, place: "table" | "card") => RowAttributes;
}

const loaded: DataTableQuery = { status: "success", refetch: () => undefined };
const noSorting: SortingState = [];

/**
 * One list, two layouts from the same columns: a table from `md` up, cards below it; with
 * loading / error / empty states, a sorted header (aria-sort), optional row selection with a
 * bulk-action bar, and keyset "load more".
 */
export function DataTable<TRow extends RowData>(props: DataTableProps<TRow>) {
  const { rows, getRowId, query = loaded, sorting, bulkActions } = props;
  const [features] = useState(() => dataTableFeatures<TRow>());
  const columns = useMemo(() => toColumnDefs(props.columns), [props.columns]);
  const [selection, setSelection] = useState<RowSelectionState>({});
  // Selection is of loaded rows only: a new filter (new rows) leaves nothing selected behind.
  const rowSelection = useMemo(() => {
    const ids = new Set(rows.map(getRowId));
    return Object.fromEntries(Object.entries(selection).filter(([id]) => ids.has(id)));
  }, [rows, getRowId, selection]);
  const sortingValue = sorting?.value ?? noSorting;
  const onSortingChange = sorting?.onChange;

  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    sortDescFirst: false,
    enableRowSelection: bulkActions !== undefined,
    state: { sorting: sortingValue, rowSelection },
    onSortingChange: (updater: Updater<SortingState>) =>
      onSortingChange?.(typeof updater === "function" ? updater(sortingValue) : updater),
    onRowSelectionChange: (updater: Updater<RowSelectionState>) =>
      setSelection(typeof updater === "function" ? updater(rowSelection) : updater),
  });
  const t = useTranslations("dataTable");
  const wide = useWideScreen();
  const sortable = onSortingChange !== undefined;
  const selected = bulkActions ? rows.filter((row) => rowSelection[getRowId(row)]) : [];
  const rowLabel = props.rowLabel;
  const selectLabel = bulkActions
    ? (row: TRow) => (rowLabel ? t("selectNamed", { name: rowLabel(row) }) : t("selectRow"))
    : undefined;

  return (
    <ListState
      status={query.status}
      empty={rows.length === 0}
      emptyText={props.emptyText}
      onRetry={() => void query.refetch()}
    >
      {bulkActions ? (
        <p className="sr-only" aria-live="polite">
          {selected.length > 0 ? t("selected", { count: selected.length }) : ""}
        </p>
      ) : null}
      {bulkActions && selected.length > 0 ? (
        <BulkBar count={selected.length} onClear={() => setSelection({})}>
          {bulkActions(selected, () => setSelection({}))}
        </BulkBar>
      ) : null}
      {wide !== false ? (
        <TableView table={table} sortable={sortable} selectLabel={selectLabel} rowAttributes={props.rowAttributes} />
      ) : null}
      {wide !== true ? (
        <CardList
          table={table}
          sortable={sortable}
          selectLabel={selectLabel}
          rowHref={props.rowHref}
          rowAttributes={props.rowAttributes}
        />
      ) : null}
      {query.fetchNextPage ? (
        <LoadMore
          query={{
            hasNextPage: query.hasNextPage ?? false,
            isFetchingNextPage: query.isFetchingNextPage ?? false,
            fetchNextPage: query.fetchNextPage,
          }}
        />
      ) : null}
    </ListState>
  );
}
