import type { Block, Clause, Document, Inline } from '../../ast/types.js';
import { clauseIds } from '../../document/clause-ids.js';
import type { WriteDocument } from '../types.js';
import { commentLiteral, escapeBlockStart, oneLine } from '../../ast/markdown-literal.js';

/**
 * The canonical Markdown of a draft: what lives in git beside the .docx and .pdf, so that a
 * `git diff` shows what changed. One paragraph per line; clause numbers written out so that a
 * reader can cite "Section 7.2"; every answer escaped so it reads literally on GitHub too. Each
 * numbered clause ends its line with its stable id (`<!-- clause term/withdrawal -->`), the key
 * the overrides file holds its negotiated text under, which renders as nothing.
 */
export const writeMarkdown: WriteDocument = async (doc) => {
  return { bytes: new TextEncoder().encode(markdownOf(doc)), warnings: [] };
};

export function markdownOf(doc: Document): string {
  // The revision label is an answer: quoted so that `-->` in it cannot end the comment.
  const revision = doc.meta.revision ? ` · revision ${commentLiteral(doc.meta.revision)}` : '';
  const head = `<!-- ${doc.meta.id} · template ${doc.meta.templateVersion}${revision} · ${doc.meta.generatedOn ? `dated ${doc.meta.generatedOn}` : 'undated'} · pmhc-docs -->`;
  const ids = clauseIds(doc.blocks);
  const blockOf = (block: Block): string => {
    const handle = handlers[block.type] as (b: Block, ids: ClauseIdOf, blockOf: BlockOf) => string;
    return handle(block, ids, blockOf);
  };
  return `${[head, ...doc.blocks.map(blockOf)].join('\n\n')}\n`;
}

type ClauseIdOf = ReadonlyMap<Clause, string>;
type BlockOf = (block: Block) => string;

/** A clause id as a comment; an id read from a hand-edited overrides file is quoted (commentLiteral). */
function idComment(id: string | undefined): string {
  if (id === undefined) return '';
  return ` <!-- clause ${/^[a-z0-9][a-z0-9/-]*$/.test(id) ? id : commentLiteral(id)} -->`;
}

const handlers = {
  heading: (b) => `${'#'.repeat(b.level)} ${inlines(b.content)}`,
  clause: (b, ids, blockOf) => {
    const lead =
      b.level === 1 ? `## ${b.number}. ${inlines(b.content)}` : `**${b.number}** ${inlines(b.content)}`;
    return [lead + idComment(ids.get(b)), ...b.children.map(blockOf)].join('\n\n');
  },
  paragraph: (b) => inlines(b.content, true),
  list: (b, _ids, blockOf) =>
    b.items
      .map((item, i) => {
        const marker = b.ordered ? `${i + 1}. ` : '- ';
        const body = (b.checkbox ? '\u2610 ' : '') + item.map(blockOf).join('\n\n');
        return marker + body.replace(/\n/g, `\n${' '.repeat(marker.length)}`);
      })
      .join('\n'),
  table: (b) => {
    const row = (cells: Inline[][]) =>
      `| ${cells.map((c) => inlines(c).replace(/\|/g, '\\|')).join(' | ')} |`;
    const directive = b.chart ? [`[[:${b.chart.previous ? 'chart-compare' : 'chart'}]]`, ''] : [];
    return [...directive, row(b.header), `|${b.header.map(() => '---').join('|')}|`, ...b.rows.map(row)].join(
      '\n',
    );
  },
  signatureBlock: (b) =>
    b.parties
      .map((p) =>
        [
          `**${inlines(p.organization)}**`,
          '',
          'By: ________________________________  ',
          `Name: ${inlines(p.name)}  `,
          `Title: ${inlines(p.title)}  `,
          'Date: ____________________',
        ].join('\n'),
      )
      .join('\n\n'),
  drafterNote: (b) => `> **Drafter’s note:** ${inlines(b.content)}`,
  notice: (b, _ids, blockOf) => b.content.map((c) => `> ${blockOf(c).replace(/\n/g, '\n> ')}`).join('\n>\n'),
  pageBreak: () => '<!-- page break -->',
} satisfies {
  [K in Block['type']]: (block: Extract<Block, { type: K }>, ids: ClauseIdOf, blockOf: BlockOf) => string;
};

/** `atLineStart`: the content begins a line, where `- x` or `2026. x` would start a list. */
function inlines(content: readonly Inline[], atLineStart = false): string {
  const text = content.map(inlineOf).join('');
  const first = content.find((node) => node.type !== 'text' || node.value !== '');
  return atLineStart && first?.type === 'text' ? escapeBlockStart(text) : text;
}

function inlineOf(node: Inline): string {
  switch (node.type) {
    case 'text':
      return escapeText(node.value);
    case 'strong':
      return `**${inlines(node.content)}**`;
    case 'emphasis':
      return `*${inlines(node.content)}*`;
    case 'definedTerm':
      return node.defining ? `“**${escapeText(node.term)}**”` : escapeText(node.term);
    case 'blank':
      return `**\\[${escapeText(node.label)}\\]**`;
    case 'lineBreak':
      return '\\\n';
    case 'anchor':
      return '';
    case 'crossReference':
      return escapeText(node.number);
  }
}

/**
 * Escapes what Markdown would otherwise read as markup anywhere in a line (the start of a line
 * is `escapeBlockStart`'s): `&copy;` stays six characters, `+ 1)` after a break stays text.
 */
function escapeText(value: string): string {
  return oneLine(value)
    .replace(/[\\`*_[\]<>#|~]/g, '\\$&')
    .replace(/&(?=[#A-Za-z0-9])/g, '\\&');
}
