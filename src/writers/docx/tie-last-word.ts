import type { Inline } from '../../ast/types.js';

/**
 * A heading's inlines with its last two words tied by a no-break space, so Word never leaves one
 * word alone on a heading's last line (Word cannot balance lines; the PDF writer does).
 */
export function tieLastWord(content: readonly Inline[]): Inline[] {
  const out = [...content];
  for (let i = out.length - 1; i >= 0; i--) {
    const node = out[i] as Inline;
    if (node.type === 'anchor') continue;
    if (node.type !== 'text') return out;
    const tied = node.value.replace(/(\S) +(\S+\s*)$/u, '$1\u00a0$2');
    if (tied !== node.value) out[i] = { type: 'text', value: tied };
    return out;
  }
  return out;
}
