import type { Table } from '../ast/types.js';

/** A table with at most this many body rows is kept on one page, like a figure. */
export const keepWholeRows = 8;

/**
 * Whether both writers keep the table's rows on one page: a short table (a decision table that
 * dispatchers read at a glance, a list of measures) or a chart, read as one figure whatever its
 * length. A table taller than a page still breaks.
 */
export function keepsTableWhole(table: Table): boolean {
  return table.rows.length <= keepWholeRows || table.chart !== undefined;
}
