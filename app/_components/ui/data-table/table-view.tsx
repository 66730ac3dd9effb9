"use client";

import type { ReactTable, RowData } from "@tanstack/react-table";
import type { DataColumnMeta, DataTableFeatures } from "./columns";
import type { RowAttributes } from "./data-table";
import { SelectAllCheckbox, SelectRowCheckbox } from "./selection";
import { ariaSortOf, SortHeader } from "./sort-header";

export type DataTableInstance<TRow extends RowData> = ReactTable<DataTableFeatures<TRow>, TRow>;

const inTable = <TRow extends RowData>(meta: DataColumnMeta<TRow> | undefined) => meta?.inTable !== false;
const alignOf = <TRow extends RowData>(meta: DataColumnMeta<TRow> | undefined) =>
  meta?.align === "end" ? "text-right" : "";

/** The desktop layout (from `md` up): one header row, a row per item. */
export function TableView<TRow extends RowData>(props: {
  table: DataTableInstance<TRow>;
  sortable: boolean;
  /** Given: rows have checkboxes, named by this. */
  selectLabel?: (row: TRow) => string;
  rowAttributes?: (row: TRow, place: "table") => RowAttributes;
}) {
  const { table, sortable, selectLabel } = props;
  const headers = (table.getHeaderGroups()[0]?.headers ?? []).filter((header) => inTable(header.column.columnDef.meta));
  return (
    <div className="hidden overflow-x-auto rounded-lg border border-gray-200 bg-white md:block">
      <table className="w-full text-sm">
        <thead className="bg-gray-50 text-left text-xs text-gray-500">
          <tr>
            {selectLabel ? (
              <th className="w-8 px-3 py-2">
                <SelectAllCheckbox table={table} />
              </th>
            ) : null}
            {headers.map((header) => {
              const meta = header.column.columnDef.meta;
              const label = typeof header.column.columnDef.header === "string" ? header.column.columnDef.header : "";
              return (
                <th
                  key={header.id}
                  scope="col"
                  aria-sort={ariaSortOf(header.column)}
                  title={meta?.headerTitle}
                  className={`px-3 py-2 font-medium ${alignOf(meta)}`}
                >
                  <SortHeader column={header.column} label={label} sortable={sortable} />
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {table.getRowModel().rows.map((row) => (
            <tr
              key={row.id}
              className={row.getIsSelected() ? "bg-blue-50/60" : "hover:bg-gray-50"}
              {...props.rowAttributes?.(row.original, "table")}
            >
              {selectLabel ? (
                <td className="w-8 px-3 py-2">
                  <SelectRowCheckbox row={row} label={selectLabel(row.original)} />
                </td>
              ) : null}
              {row
                .getAllCells()
                .filter((cell) => inTable(cell.column.columnDef.meta))
                .map((cell) => {
                  const meta = cell.column.columnDef.meta;
                  return (
                    <td
                      key={cell.id}
                      data-testid={meta?.testId}
                      className={`px-3 py-2 ${alignOf(meta)} ${meta?.className ?? ""}`}
                    >
                      <table.FlexRender cell={cell} />
                    </td>
                  );
                })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
