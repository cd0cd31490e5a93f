import type { Block } from '../ast/types.js';
import { fillerOfBlank } from './blank-fields.js';
import { walkInlines } from './walk-inlines.js';

/** A fact the answers left open: its blank's label, the sections where it appears, what fills it. */
export interface OpenItem {
  label: string;
  sections: string[];
  /** `answers: measures.evaluator`, or what the blank stands for; null when nothing says. */
  filler: string | null;
}

/** Every blank in the document, once per label, in order of first appearance. */
export function collectOpenItems(blocks: readonly Block[], documentId?: string): OpenItem[] {
  const items = new Map<string, OpenItem>();
  walkInlines(blocks, (node, clause) => {
    if (node.type !== 'blank') return;
    const item = items.get(node.label) ?? {
      label: node.label,
      sections: [],
      filler: fillerOfBlank(node.label, documentId),
    };
    const section = clause || 'preamble';
    if (!item.sections.includes(section)) item.sections.push(section);
    items.set(node.label, item);
  });
  return [...items.values()];
}

/** The Open Items section appended to every draft that has blanks. */
export function openItemsBlocks(items: readonly OpenItem[]): Block[] {
  if (items.length === 0) return [];
  return [
    { type: 'heading', level: 2, content: [{ type: 'text', value: 'Open Items' }] },
    {
      type: 'paragraph',
      content: [
        {
          type: 'text',
          value:
            'The answers file leaves the following facts open. Each appears in this draft as a bracketed blank and must be completed, or the clause revised, before signature.',
        },
      ],
    },
    {
      type: 'list',
      ordered: false,
      items: items.map((item) => [
        {
          type: 'paragraph',
          content: [
            { type: 'blank', label: item.label },
            {
              type: 'text',
              value: ` (${[item.sections.map(placeName).join(', '), item.filler].filter(Boolean).join('; ')})`,
            },
          ],
        },
      ]),
    },
  ];
}

/** `Section 4.2` for a clause, the part's own title for an unnumbered part, or `preamble`. */
function placeName(section: string): string {
  if (section === 'preamble') return section;
  return /^\d/.test(section) ? `Section ${section}` : section;
}
