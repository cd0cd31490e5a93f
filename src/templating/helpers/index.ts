import type { HelperDelegate, HelperOptions } from 'handlebars';
import { blankMarkdown, joinList, LABEL_TABLES, longDate } from './words.js';

/** Handlebars passes its options object as the last argument; helpers drop it. */
function args(all: unknown[]): unknown[] {
  return all.slice(0, -1);
}

function asList(value: unknown, helper: string): unknown[] {
  if (!Array.isArray(value))
    throw new Error(`${helper}: expected a list, got ${value === null ? 'null' : typeof value}`);
  return value;
}

/**
 * The helpers templates may call (`knownHelpersOnly`): the language of agreements. Every helper
 * returns Markdown; answers arrive already escaped, so helpers only join and choose.
 */
export const helpers: Record<string, HelperDelegate> = {
  fill: (value: unknown, label: unknown) =>
    value === null || value === undefined || value === '' ? blankMarkdown(String(label)) : String(value),
  list: (...all: unknown[]) => {
    const [items, conjunction] = args(all);
    return joinList(asList(items, 'list'), typeof conjunction === 'string' ? conjunction : 'and');
  },
  pluck: (items: unknown, field: unknown) =>
    asList(items, 'pluck').map((item) => (item as Record<string, unknown>)[String(field)]),
  where: (items: unknown, field: unknown, value: unknown) =>
    asList(items, 'where').filter((item) => (item as Record<string, unknown>)[String(field)] === value),
  longDate: (...all: unknown[]) => {
    const [iso, label] = args(all);
    if (iso === null || iso === undefined) return blankMarkdown(typeof label === 'string' ? label : 'DATE');
    return longDate(String(iso));
  },
  plural: (count: unknown, one: unknown, many: unknown) => (Number(count) === 1 ? one : many),
  hasModel: function (this: unknown, ...all: unknown[]) {
    const options = all.at(-1) as HelperOptions;
    const models = (options.data.root as { program: { models: string[] } }).program.models;
    return args(all).some((id) => models.includes(String(id)));
  },
  eq: (a: unknown, b: unknown) => a === b,
  ne: (a: unknown, b: unknown) => a !== b,
  and: (...all: unknown[]) => args(all).every(Boolean),
  or: (...all: unknown[]) => args(all).some(Boolean),
  not: (value: unknown) => !value,
  includes: (list: unknown, value: unknown) => asList(list, 'includes').includes(value),
  label: (table: unknown, key: unknown) => {
    const labels = LABEL_TABLES[String(table)];
    if (!labels)
      throw new Error(
        `label: no table \`${String(table)}\`, expected one of ${Object.keys(LABEL_TABLES).join(', ')}`,
      );
    const text = labels[String(key)];
    if (text === undefined) throw new Error(`label: table \`${String(table)}\` has no \`${String(key)}\``);
    return text;
  },
  count: (list: unknown) => asList(list, 'count').length,
  inc: (n: unknown) => Number(n) + 1,
};
