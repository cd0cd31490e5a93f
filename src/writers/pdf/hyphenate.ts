import english from 'hyphen/en-us';
import spanish from 'hyphen/es';

/** Offsets in `word` where it may be broken with a hyphen, smallest first (empty: never). */
export type Hyphenator = (word: string) => readonly number[];

// TeX's patterns (via `hyphen`): en-US and Spanish are the languages the drafts are written in.
const engines: Record<string, Engine> = { en: english.hyphenateSync, es: spanish.hyphenateSync };

type Engine = (text: string, options: { hyphenChar: string }) => string;

/** At least this many letters stay before a break and after it (TeX uses 2 and 3 for English). */
const leftMin = 2;
const rightMin = 3;

/**
 * A hyphenator for a BCP 47 language tag, or null for a language without patterns. Only
 * lower-case words of letters are broken: a capitalized word may be a person's or a party's
 * name, an all-capitals word an acronym or a blank, and a word with digits a citation.
 */
export function hyphenatorFor(language: string): Hyphenator | null {
  const engine = engines[language.toLowerCase().split('-')[0] ?? ''];
  if (!engine) return null;
  const cache = new Map<string, readonly number[]>();
  return (word) => {
    let points = cache.get(word);
    if (points === undefined) {
      points = [];
      if (/^\p{Ll}[\p{Ll}\p{M}]{4,}$/u.test(word)) {
        let at = 0;
        for (const piece of engine(word, { hyphenChar: '\u00ad' }).split('\u00ad').slice(0, -1)) {
          at += piece.length;
          if (at >= leftMin && word.length - at >= rightMin) (points as number[]).push(at);
        }
      }
      cache.set(word, points);
    }
    return points;
  };
}
