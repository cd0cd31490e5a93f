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
  /** Number agreement with a list or a count: `agree nonSigners "takes" "take"`. */
  agree: (items: unknown, one: unknown, many: unknown) =>
    (Array.isArray(items) ? items.length : Number(items)) === 1 ? one : many,
  hasModel: function (this: unknown, ...all: unknown[]) {
    const options = all.at(-1) as HelperOptions;
    // The responses the crisis system has: the program's models, plus mobile crisis when a party
    // runs a mobile crisis team (a county team the program relies on is a tier of its own).
    const models = (options.data.root as { derived: { responseModels: string[] } }).derived.responseModels;
    return args(all).some((id) => models.includes(String(id)));
  },
  /**
   * The effective date in words; a blank when the answers give none, and a blank that says why
   * when the date given is already before the draft's own date (an order or agreement cannot
   * take effect before it is signed).
   */
  effectiveDate: (...all: unknown[]) => {
    const options = all.at(-1) as HelperOptions;
    const effectiveDate = (args(all)[0] ?? null) as string | null;
    const { generatedOn } = (options.data.root as { derived: { generatedOn: string } }).derived;
    if (effectiveDate === null) return blankMarkdown('EFFECTIVE DATE');
    if (generatedOn !== '' && effectiveDate < generatedOn) {
      return `${blankMarkdown('EFFECTIVE DATE ON OR AFTER SIGNATURE')} (the answers give ${longDate(effectiveDate)}, which is before the date of this draft)`;
    }
    return longDate(effectiveDate);
  },
  /**
   * A duty only on a party: `shall doc.center988 "The [[988 Center]]"` gives "The [[988 Center]]
   * shall" when the 988 center signs the document, and "The [[Parties]] shall invite the [[988
   * Center]] to" when it does not (a non-signer is at most invited). The subject's first letter
   * says whether the clause begins a sentence.
   */
  shall: (party: unknown, subject: unknown) => {
    const text = String(subject);
    if (party) return `${text} shall`;
    const initial = /^[A-Z]/.test(text);
    const object = initial ? text.charAt(0).toLowerCase() + text.slice(1) : text;
    return `${initial ? 'The' : 'the'} [[Parties]] shall invite ${object} to`;
  },
  /**
   * The parties among `parties` that a free-text answer names, by name or short name, as whole
   * words: `namedIn staffing.absence_coverage doc.nonSigners` finds the non-signers a planned
   * arrangement relies on, so that the draft asks them instead of binding them.
   */
  namedIn: (text: unknown, parties: unknown) => {
    if (typeof text !== 'string') return [];
    return asList(parties, 'namedIn').filter((p) => {
      const { name, short } = p as { name: string; short: string };
      return [name, short].some((n) =>
        new RegExp(
          `(?<![\\p{L}\\p{N}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
          'u',
        ).test(text),
      );
    });
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
