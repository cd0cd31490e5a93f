import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { codeSpan, commentLiteral, escapeBlockStart } from '../../src/ast/markdown-literal.js';
import { plainText } from '../../src/ast/plain-text.js';
import type { Block } from '../../src/ast/types.js';
import { summarize } from '../../src/diff/summarize.js';
import { escapeMarkdown } from '../../src/templating/escape-markdown.js';
import { markdownOf } from '../../src/writers/markdown/write-markdown.js';
import { renderExample } from '../support/render.js';

// Attack class 3 and 5 (reviews/attack.md): answers at the start of a line, in the Markdown
// header comment, as entities, and in `pmhc diff`'s summary.md must stay text.
const github = new MarkdownIt({ html: true });

async function coResponder(mutate: Parameters<typeof renderExample>[1]) {
  const { packet, markdown } = await renderExample('harlan-county-rural', mutate, ['co-responder-mou']);
  return { blocks: packet.documents[0]!.document.blocks, markdown: markdown.get('co-responder-mou')! };
}

function clauseNumbers(blocks: Block[]): string[] {
  return blocks.flatMap((b) => (b.type === 'clause' ? [b.number] : []));
}

describe('answers at the start of a line', () => {
  const goals = [
    '1. Offer a clinician by phone',
    '- Make a follow-up contact',
    '---',
    'Reduce\rrepeat calls\r1. by 25 percent\r---',
    'Title\r===',
    '2026. was the year',
    '+ one) 2) three',
  ];

  it('should keep each goal as one list item with its text, and the clause numbers in order', async () => {
    const { blocks, markdown } = await coResponder((input) => {
      (input.program as { goals: string[] }).goals = goals;
    });
    const numbers = clauseNumbers(blocks).filter((n) => n.startsWith('2.'));
    expect(numbers).toEqual(['2.1', '2.2', '2.3']);
    const goalsClause = blocks.find((b) => b.type === 'clause' && b.number === '2.2');
    const list =
      goalsClause?.type === 'clause' ? goalsClause.children.find((c) => c.type === 'list') : undefined;
    expect(
      list?.type === 'list' &&
        list.items.map((item) =>
          item.map((b) => (b.type === 'paragraph' ? plainText(b.content) : b.type)).join('|'),
        ),
    ).toEqual(goals.map((g) => g.replace(/\r/g, ' ')));
    // The canonical .md, read as GitHub would, keeps them too: one list of seven items.
    const html = github.render(markdown);
    expect(html).toContain('<li>2026. was the year</li>');
    expect(html).toContain('<li>---</li>');
    expect(html).toContain('<li>Title ===</li>');
  });

  it('should escape only the marker that would start a block', () => {
    expect(escapeMarkdown('2026. was')).toBe('2026\\. was');
    expect(escapeMarkdown('1) x')).toBe('1\\) x');
    expect(escapeMarkdown('- x')).toBe('\\- x');
    expect(escapeMarkdown('a\rb\r\nc\nd')).toBe('a b c d');
    expect(escapeMarkdown('covered-entity')).toBe('covered-entity');
    expect(escapeMarkdown('1.0.0')).toBe('1.0.0');
    expect(escapeBlockStart('+ x')).toBe('\\+ x');
    expect(escapeBlockStart('2026.')).toBe('2026\\.');
    expect(escapeBlockStart('x - y')).toBe('x - y');
  });
});

describe('answers in the Markdown header comment', () => {
  it('should not let a revision label with `-->` end the comment and inject HTML', async () => {
    const version = '1 --> <h1>X</h1><img src=//e> --!>';
    const { markdown } = await coResponder((input) => {
      input.revisions = [{ version, date: '2026-03-01', summary: 'First.' }];
    });
    const html = github.render(markdown);
    expect(html).not.toMatch(/<h1>X|<img/);
    const first = markdown.split('\n')[0]!;
    expect(first.indexOf('-->')).toBe(first.length - 3);
    const quoted = /revision ("(?:[^"\\]|\\.)*")/.exec(first)![1]!;
    expect(JSON.parse(quoted)).toBe(version);
    expect(commentLiteral('a--b')).not.toContain('--');
  });
});

describe('answers as entities and after a break', () => {
  it('should print `+ 1) Harlan &copy; Sheriff` as typed, not as a list with ©', async () => {
    const { blocks, markdown } = await coResponder((input) => {
      (input.lead_agency as { name: string }).name = '+ 1) Harlan &copy; Sheriff';
    });
    expect(JSON.stringify(blocks)).toContain('+ 1) Harlan &copy; Sheriff');
    const html = github.render(markdown);
    expect(html).not.toContain('©');
    expect(html).toContain('+ 1) Harlan &amp;copy; Sheriff');
    // Every paragraph and list item that begins with the name stays a paragraph or item of text.
    expect(html).not.toMatch(/<li>\s*<ol|<ul>\s*<li>1\) Harlan/);
  });

  it('should write `&copy;` text in the canonical Markdown so that it renders as six characters', () => {
    const md = markdownOf({
      meta: {
        id: 'x',
        title: 'X',
        kind: 'form',
        templateVersion: '1',
        subject: '',
        author: '',
        keywords: [],
        generatedOn: null,
        timestamp: '2000-01-01T00:00:00Z',
        language: 'en-US',
        revision: null,
      },
      blocks: [
        { type: 'paragraph', content: [{ type: 'text', value: '2026. &copy; + 1) x' }] },
        {
          type: 'list',
          ordered: false,
          items: [[{ type: 'paragraph', content: [{ type: 'text', value: '- y' }] }]],
        },
      ],
    });
    const html = github.render(md);
    expect(html).toContain('<p>2026. &amp;copy; + 1) x</p>');
    expect(html).toContain('<li>- y</li>');
  });
});

describe("pmhc diff's summary.md", () => {
  it('should keep backticks, newlines and HTML in changed values inside their code span', () => {
    const summary = summarize({
      beforeLabel: 'old.yaml',
      afterLabel: 'new.yaml',
      answers: [
        {
          path: 'jurisdiction.name',
          kind: 'changed',
          before: 'Harlan County',
          after: 'Harlan ` <img src=x onerror=alert(1)> `',
        },
        {
          path: 'resources.languages',
          kind: 'changed',
          before: ['Spanish'],
          after: ['Spanish`\n\n# HEADING\n\n<img src=y>'],
        },
      ],
      documents: [],
      date: null,
      author: 'pmhc-docs',
    });
    const html = github.render(summary);
    expect(html).not.toMatch(/<img|<h1>HEADING/);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(codeSpan('a `b` c')).toBe('``a `b` c``');
    expect(codeSpan('`x')).toBe('`` `x ``');
  });
});
