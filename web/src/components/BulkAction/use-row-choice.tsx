import type { TableProps } from 'antd';
import { useState } from 'react';

interface Choosable {
  id: number;
  firstName: string;
  surname: string;
  groupIds: number[];
}

/**
 * Users ticked in a grid for a bulk action, kept across pages and sorts. The header has no
 * "all" box: antd copies header cells into a hidden measuring row, where a box would be a
 * focusable control inside aria-hidden; `choosePage` does that job from a button instead.
 */
export function useRowChoice<T extends Choosable>(pageRows: T[]) {
  const [chosen, setChosen] = useState<Map<number, number[]>>(new Map());
  const pageIds = pageRows.map((row) => row.id);

  const rowSelection: NonNullable<TableProps<T>['rowSelection']> = {
    selectedRowKeys: [...chosen.keys()],
    preserveSelectedRowKeys: true,
    columnTitle: <span className="sr-only">Choose</span>,
    onChange: (_keys, rows) => {
      const next = new Map(chosen);
      for (const id of pageIds) next.delete(id);
      for (const row of rows) if (row) next.set(row.id, row.groupIds);
      setChosen(next);
    },
    getCheckboxProps: (row) => ({ 'aria-label': `Choose ${row.firstName} ${row.surname}` }),
  };

  return {
    ids: [...chosen.keys()],
    /** The groups of the users chosen, for the case owners a dialog offers. */
    groupIds: [...new Set([...chosen.values()].flat())],
    pageChosen: pageIds.length > 0 && pageIds.every((id) => chosen.has(id)),
    rowSelection,
    choosePage: () => {
      const next = new Map(chosen);
      for (const row of pageRows) next.set(row.id, row.groupIds);
      setChosen(next);
    },
    clear: () => setChosen(new Map()),
  };
}

/** What a bar of bulk actions needs of the choice (not the grid's own part). */
export type RowChoice = Omit<ReturnType<typeof useRowChoice>, 'rowSelection'>;
