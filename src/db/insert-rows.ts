/**
 * Many rows into one table in one statement with one parameter: the rows go as a JSON array
 * read by `json_populate_recordset`. Drizzle's multi-row `values()` binds every cell as its own
 * parameter (27,000 for 500 users) and maps each through its column: in an import of 10,000
 * learners that cost more time than the database took to write them. Both drivers run it.
 *
 * Cells are the values a Drizzle insert takes, by property name; `undefined` means the column's
 * default. Rows that leave different columns to their defaults are written in groups of one
 * shape, so a default is never replaced by NULL.
 */
import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import { CasingCache } from 'drizzle-orm/casing';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client.js';

type Row = Record<string, unknown>;

/** Column names as the database holds them: the casing the client is opened with (client.ts). */
const casing = new CasingCache('snake_case');

/** The JSON form of a cell: dates as ISO text, which PostgreSQL reads for date and timestamp. */
const jsonCell = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

/** Rows grouped by which properties they set, in first-seen order. */
function byShape(rows: readonly Row[]) {
  const shapes = new Map<string, { keys: string[]; at: number[] }>();
  for (const [at, row] of rows.entries()) {
    const keys = Object.keys(row).filter((key) => row[key] !== undefined);
    const shape = keys.join(',');
    const group = shapes.get(shape) ?? { keys, at: [] };
    group.at.push(at);
    shapes.set(shape, group);
  }
  return [...shapes.values()];
}

/** Inserts `rows` into `table`; cells by property name, as a Drizzle insert takes them. */
export async function insertRows<T extends PgTable>(tx: Db, table: T, rows: readonly Row[]) {
  if (rows.length === 0) return;
  const columns = getTableColumns(table);
  for (const { keys, at } of byShape(rows)) {
    const names = keys.map((key) => {
      const column = columns[key];
      if (!column) throw new Error(`${getTableName(table)} has no column ${key}`);
      return casing.getColumnCasing(column);
    });
    const cells = at.map((i) => {
      const row = rows[i] as Row;
      return Object.fromEntries(keys.map((key, k) => [names[k], jsonCell(row[key])]));
    });
    const list = sql.join(
      names.map((name) => sql.identifier(name)),
      sql`, `,
    );
    await tx.execute(sql`
      insert into ${table} (${list})
      select ${list} from json_populate_recordset(null::${table}, ${JSON.stringify(cells)}::json)`);
  }
}

/**
 * `n` ids drawn from the sequence of `table`'s serial `id`, so rows can be inserted with their
 * ids known beforehand (and matched to what they came from) without a returning clause.
 */
export async function drawIds(tx: Db, table: PgTable, n: number): Promise<number[]> {
  if (n === 0) return [];
  const drawn = await tx
    .select({
      id: sql<number>`nextval(pg_get_serial_sequence(${getTableName(table)}, 'id'))::int`.mapWith(
        Number,
      ),
    })
    .from(sql`generate_series(1, ${n}::int)`);
  return drawn.map((row) => row.id);
}
