"use client";

import type { Cell, Row, RowData } from "@tanstack/react-table";
import Link from "next/link";
import type { ReactNode } from "react";
import type { CardSlot, DataTableFeatures } from "./columns";
import type { RowAttributes } from "./data-table";
import { SelectRowCheckbox } from "./selection";
import { canSortBy, CardSortBar } from "./sort-header";
import type { DataTableInstance } from "./table-view";

type DataRow<TRow extends RowData> = Row<DataTableFeatures<TRow>, TRow>;
type DataCell<TRow extends RowData> = Cell<DataTableFeatures<TRow>, TRow, unknown>;

function CardCell<TRow extends RowData>({ cell, table }: { cell: DataCell<TRow>; table: DataTableInstance<TRow> }) {
  const own = cell.column.columnDef.meta?.cardCell;
  return own ? <>{own(cell.row.original)}</> : <table.FlexRender cell={cell} />;
}

/** A card's content, laid out by each column's card slot. */
function CardBody<TRow extends RowData>({ row, table }: { row: DataRow<TRow>; table: DataTableInstance<TRow> }) {
  const cells = row.getAllCells();
  const slot = (name: CardSlot) => cells.filter((cell) => cell.column.columnDef.meta?.card === name);
  const render = (list: DataCell<TRow>[]) => list.map((cell) => <CardCell key={cell.id} cell={cell} table={table} />);
  const [title, badge, body, meta, end, fields] = [
    slot("title"),
    slot("badge"),
    slot("body"),
    slot("meta"),
    slot("end"),
    slot("field"),
  ];
  const joined: ReactNode[] = meta.flatMap((cell, i) => [
    i > 0 ? " · " : null,
    <CardCell key={cell.id} cell={cell} table={table} />,
  ]);
  return (
    <>
      {title.length + badge.length > 0 ? (
        <div className="flex items-start justify-between gap-2">
          <div className="min-w-0 text-sm font-medium">{render(title)}</div>
          {badge.length > 0 ? <div className="flex shrink-0 flex-wrap justify-end gap-1">{render(badge)}</div> : null}
        </div>
      ) : null}
      {body.map((cell) => (
        <div key={cell.id} className="mt-1 line-clamp-2 text-sm text-gray-700 empty:hidden">
          <CardCell cell={cell} table={table} />
        </div>
      ))}
      {meta.length + end.length > 0 ? (
        <div className="mt-2 flex flex-wrap items-center justify-between gap-x-3 gap-y-1 text-xs text-gray-500">
          <span className="min-w-0">{joined}</span>
          {end.length > 0 ? (
            <span className="ml-auto flex items-center gap-2 text-sm font-medium text-gray-900 tabular-nums">
              {render(end)}
            </span>
          ) : null}
        </div>
      ) : null}
      {fields.length > 0 ? (
        <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1">
          {fields.map((cell) => (
            <div key={cell.id} className="flex items-baseline justify-between gap-3">
              <dt className="text-xs text-gray-500">
                {typeof cell.column.columnDef.header === "string" ? cell.column.columnDef.header : cell.column.id}
              </dt>
              <dd
                className="flex flex-col items-end text-sm tabular-nums"
                data-testid={cell.column.columnDef.meta?.testId}
              >
                <CardCell cell={cell} table={table} />
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </>
  );
}

const cardClass = "block min-w-0 flex-1 rounded-lg border border-gray-200 bg-white p-3";

/** The phone layout (below `md`): a card per row, the whole card a link where rows open a page. */
export function CardList<TRow extends RowData>(props: {
  table: DataTableInstance<TRow>;
  sortable: boolean;
  selectLabel?: (row: TRow) => string;
  rowHref?: (row: TRow) => string;
  rowAttributes?: (row: TRow, place: "card") => RowAttributes;
}) {
  const { table, selectLabel, rowHref } = props;
  const sortColumns = table.getAllLeafColumns().filter((column) => canSortBy(column, props.sortable));
  return (
    <div className="flex flex-col gap-2 md:hidden">
      <CardSortBar columns={sortColumns} />
      <ul className="flex flex-col gap-2">
        {table.getRowModel().rows.map((row) => (
          <li key={row.id} className="flex items-start gap-2" {...props.rowAttributes?.(row.original, "card")}>
            {selectLabel ? (
              <span className="pt-3.5 pl-1">
                <SelectRowCheckbox row={row} label={selectLabel(row.original)} />
              </span>
            ) : null}
            {rowHref ? (
              <Link href={rowHref(row.original)} className={`${cardClass} active:bg-gray-50`}>
                <CardBody row={row} table={table} />
              </Link>
            ) : (
              <div className={cardClass}>
                <CardBody row={row} table={table} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
