import type Token from 'markdown-it/lib/token.mjs';
import type { Inline } from './types.js';

/** Converts a markdown-it `inline` token's children into our inline nodes, merging text runs. */
export function inlinesOf(inline: Token): Inline[] {
  const root: Inline[] = [];
  const stack: Inline[][] = [root];
  const push = (node: Inline) => {
    if (node.type === 'text' && node.value === '') return;
    const siblings = stack.at(-1)!;
    const last = siblings.at(-1);
    if (node.type === 'text' && last?.type === 'text') last.value += node.value;
    else siblings.push(node);
  };
  for (const token of inline.children ?? []) {
    switch (token.type) {
      case 'text':
      case 'code_inline':
      case 'html_inline':
        push({ type: 'text', value: token.content });
        break;
      case 'softbreak':
        push({ type: 'text', value: ' ' });
        break;
      case 'hardbreak':
        push({ type: 'lineBreak' });
        break;
      case 'strong_open':
      case 'em_open': {
        const content: Inline[] = [];
        push({ type: token.type === 'strong_open' ? 'strong' : 'emphasis', content });
        stack.push(content);
        break;
      }
      case 'strong_close':
      case 'em_close':
        stack.pop();
        break;
      case 'pmhc_brackets':
        push(bracketNode(token.content));
        break;
      default:
        // Links and images keep their text: templates have none, answers cannot make them.
        if (token.content) push({ type: 'text', value: token.content });
    }
  }
  return root;
}

function bracketNode(inner: string): Inline {
  if (inner.startsWith('=')) return { type: 'definedTerm', term: inner.slice(1).trim(), defining: true };
  if (inner.startsWith('?')) return { type: 'blank', label: inner.slice(1).trim() };
  if (inner.startsWith(':')) return { type: 'text', value: `[[${inner}]]` };
  if (inner.startsWith('@')) return { type: 'anchor', label: inner.slice(1).trim() };
  if (inner.startsWith('#')) return { type: 'crossReference', label: inner.slice(1).trim(), number: '' };
  return { type: 'definedTerm', term: inner.trim(), defining: false };
}
