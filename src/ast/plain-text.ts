import type { Inline } from './types.js';

/** The text a reader sees for inline content: terms as written, blanks as `[LABEL]`. */
export function plainText(content: readonly Inline[]): string {
  return content.map(plainOf).join('');
}

function plainOf(node: Inline): string {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'strong':
    case 'emphasis':
      return plainText(node.content);
    case 'definedTerm':
      return node.defining ? `“${node.term}”` : node.term;
    case 'blank':
      return `[${node.label}]`;
    case 'lineBreak':
      return '\n';
    case 'anchor':
      return '';
    case 'crossReference':
      return node.number;
  }
}
