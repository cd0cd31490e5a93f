import type MarkdownIt from 'markdown-it';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';

/**
 * A markdown-it inline rule for the template dialect's `[[...]]`: `[[Term]]` uses a defined
 * term, `[[=Term]]` defines it, `[[?LABEL]]` is a blank, `[[:word]]` a directive,
 * `[[@label]]` labels the clause it sits in and `[[#label]]` refers to that clause by its number. It runs before
 * links, and answers escape `[` so an answer can never produce one.
 */
export function bracketsPlugin(md: MarkdownIt): void {
  md.inline.ruler.before('link', 'pmhc_brackets', (state: StateInline, silent: boolean) => {
    const { src, pos } = state;
    if (src.charCodeAt(pos) !== 0x5b || src.charCodeAt(pos + 1) !== 0x5b) return false;
    const end = src.indexOf(']]', pos + 2);
    if (end < 0) return false;
    const inner = src.slice(pos + 2, end);
    if (inner.length === 0 || inner.includes('\n') || inner.includes('[')) return false;
    if (!silent) {
      const token = state.push('pmhc_brackets', '', 0);
      token.content = inner;
    }
    state.pos = end + 2;
    return true;
  });
}
