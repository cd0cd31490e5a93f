import type { Block, Clause } from '../../ast/types.js';

/**
 * The logical structure of a document for a tagged PDF (ISO 32000 14.8, PDF/UA-1): standard
 * structure types, plus our own types that the role map sends to standard ones. A leaf holds the
 * text of the layout lines whose `path` is its key.
 */
export interface StructNode {
  type: string;
  children: StructNode[];
  /** Attributes, e.g. a header cell's scope: owner -> name -> value (names as PDF names). */
  attributes?: { owner: string; values: Record<string, string> };
}

/** Our structure types and the standard types they are. */
export const roleMap: Record<string, string> = {
  Article: 'Sect',
  Notice: 'Div',
  DrafterNote: 'Div',
  SignatureBlock: 'Div',
  Signatory: 'Div',
  DraftMark: 'P',
};

/** Path of the "[Signature page follows]" line, an artifact like the footer. */
export const signaturePageFollowsPath = 'signature-page-follows';

/** Key of the draft mark's text on the first page (the mark on later pages is furniture). */
export const draftMarkKey = 'draft-mark';

export interface Structure {
  root: StructNode;
  /** Layout line path (with `#label` for a clause number or bullet) -> the element it is in. */
  leaves: Map<string, StructNode>;
}

const node = (type: string, children: StructNode[] = []): StructNode => ({ type, children });

/** The path of the first line an item of blocks sets (where the list bullet goes). */
function firstLine(blocks: readonly Block[], path: string): string | null {
  for (const [index, block] of blocks.entries()) {
    const at = `${path}[${index}]`;
    if ('content' in block && Array.isArray(block.content) && block.type !== 'notice') return `${at}.content`;
    if (block.type === 'list' && block.items[0]) return firstLine(block.items[0], `${at}.items[0]`);
  }
  return null;
}

/** Builds the structure tree of `blocks` in reading order. */
export function structureOf(blocks: readonly Block[]): Structure {
  const leaves = new Map<string, StructNode>();
  const leaf = (type: string, key: string): StructNode => {
    const element = node(type);
    leaves.set(key, element);
    return element;
  };
  const root = node('Document');
  root.children.push(leaf('DraftMark', draftMarkKey));

  const walk = (list: readonly Block[], path: string, outer: StructNode) => {
    let clauses: StructNode | null = null;
    // An article ("7. Confidentiality") holds what follows it up to the next article or heading.
    let parent = outer;
    list.forEach((block, index) => {
      const at = `${path}[${index}]`;
      if (block.type !== 'clause' || block.level === 1) clauses = null;
      if (block.type === 'heading' || (block.type === 'clause' && block.level === 1)) parent = outer;
      switch (block.type) {
        case 'heading':
          parent.children.push(leaf(`H${block.level}`, `${at}.content`));
          break;
        case 'clause':
          if (block.level === 1) {
            parent.children.push((parent = article(block, at)));
          } else {
            if (!clauses) parent.children.push((clauses = node('L')));
            clauses.children.push(numbered(block, at));
          }
          break;
        case 'paragraph':
          parent.children.push(leaf('P', `${at}.content`));
          break;
        case 'list': {
          const element = node('L');
          element.attributes = {
            owner: 'List',
            values: { ListNumbering: block.ordered ? 'Decimal' : block.checkbox ? 'None' : 'Disc' },
          };
          block.items.forEach((item, i) => {
            const itemPath = `${at}.items[${i}]`;
            const body = node('LBody');
            const first = firstLine(item, itemPath);
            const li = node('LI', first ? [leaf('Lbl', `${first}#label`), body] : [body]);
            walk(item, itemPath, body);
            element.children.push(li);
          });
          parent.children.push(element);
          break;
        }
        case 'table': {
          const headerRow = node(
            'TR',
            block.header.map((_, c) => {
              const th = leaf('TH', `${at}.header[${c}]`);
              th.attributes = { owner: 'Table', values: { Scope: 'Column' } };
              return th;
            }),
          );
          const rows = block.rows.map((row, r) =>
            node(
              'TR',
              row.map((_, c) => leaf('TD', `${at}.rows[${r}][${c}]`)),
            ),
          );
          parent.children.push(node('Table', [node('THead', [headerRow]), node('TBody', rows)]));
          break;
        }
        case 'signatureBlock':
          parent.children.push(
            node(
              'SignatureBlock',
              block.parties.map((_, i) =>
                node(
                  'Signatory',
                  ['organization', 'signature', 'name', 'title', 'date'].map((part) =>
                    leaf('P', `${at}.parties[${i}].${part}`),
                  ),
                ),
              ),
            ),
          );
          break;
        case 'drafterNote':
          parent.children.push(node('DrafterNote', [leaf('P', `${at}.content`)]));
          break;
        case 'notice': {
          const element = node('Notice');
          walk(block.content, `${at}.content`, element);
          parent.children.push(element);
          break;
        }
        case 'pageBreak':
          break;
      }
    });
  };

  // "7. Confidentiality": a section whose heading carries its number.
  const article = (clause: Clause, at: string): StructNode => {
    const heading = leaf('H2', `${at}.content`);
    leaves.set(`${at}.content#label`, heading);
    const section = node('Article', [heading]);
    walk(clause.children, `${at}.children`, section);
    return section;
  };
  // "7.2 The Parties shall…": a list item with its number as the label.
  const numbered = (clause: Clause, at: string): StructNode => {
    const body = node('LBody', [leaf('P', `${at}.content`)]);
    walk(clause.children, `${at}.children`, body);
    return node('LI', [leaf('Lbl', `${at}.content#label`), body]);
  };

  walk(blocks, 'blocks', root);
  return { root, leaves };
}
