import { PDFHexString, PDFName, PDFString, type PDFDocument, type PDFPage, type PDFRef } from 'pdf-lib';
import type { Block } from '../../ast/types.js';
import type { Layout } from './layout-types.js';
import type { PaintedLink } from './paint.js';
import type { Tagger } from './tagging.js';

/** The layout path of each numbered clause's own text, by clause number (paths as layout writes them). */
export function clausePaths(blocks: readonly Block[], path = 'blocks', out = new Map<string, string>()) {
  blocks.forEach((block, index) => {
    const at = `${path}[${index}]`;
    if (block.type === 'clause') {
      out.set(block.number, `${at}.content`);
      clausePaths(block.children, `${at}.children`, out);
    } else if (block.type === 'list')
      block.items.forEach((item, i) => clausePaths(item, `${at}.items[${i}]`, out));
    else if (block.type === 'notice') clausePaths(block.content, `${at}.content`, out);
  });
  return out;
}

/** Where a clause starts: the page and the top of its first line. */
function clauseTops(layout: Layout, paths: Map<string, string>): Map<string, { page: number; top: number }> {
  const wanted = new Map([...paths].map(([number, path]) => [path, number]));
  const tops = new Map<string, { page: number; top: number }>();
  layout.pages.forEach((page, index) => {
    for (const line of page.lines) {
      const number = wanted.get(line.path);
      const size = line.runs[0]?.size ?? 0;
      if (number !== undefined && !tops.has(number) && !line.artifact)
        tops.set(number, { page: index, top: line.y - size * 1.2 });
    }
  });
  return tops;
}

/** What a screen reader says for the link (PDF/UA-1 7.18.5 asks annotations for a description). */
function describe(target: string, text: string): string {
  if (target.startsWith('#')) return `Go to section ${target.slice(1)}`;
  if (target.startsWith('mailto:')) return `Write an e-mail to ${target.slice('mailto:'.length)}`;
  return `Open ${text}`;
}

/**
 * Adds a Link annotation over each painted link run: a cross-reference goes to its clause, an
 * address opens (mailto: or the web address). Each annotation is an object of its Link element.
 */
export function addLinkAnnotations(
  pdf: PDFDocument,
  pages: readonly PDFPage[],
  links: readonly PaintedLink[],
  blocks: readonly Block[],
  layout: Layout,
  tagger: Tagger,
): void {
  if (links.length === 0) return;
  const { context } = pdf;
  const tops = clauseTops(layout, clausePaths(blocks));
  const textOf = new Map<PaintedLink['element'], string>();
  for (const link of links) textOf.set(link.element, (textOf.get(link.element) ?? '') + link.text);
  const perPage = new Map<number, PDFRef[]>();
  for (const link of links) {
    let action: Record<string, unknown>;
    if (link.target.startsWith('#')) {
      const top = tops.get(link.target.slice(1));
      if (!top) continue;
      const page = pages[top.page] as PDFPage;
      action = { Dest: [page.ref, 'XYZ', null, Math.round(layout.height - top.top), null] };
    }
    // A URI is 7-bit ASCII (ISO 32000 12.6.4.7), so anything else is percent-encoded.
    else action = { A: { Type: 'Action', S: 'URI', URI: PDFString.of(encodeURI(link.target)) } };
    const text = (textOf.get(link.element) as string).trim();
    const ref = context.register(
      context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: link.rect.map((n) => Math.round(n * 100) / 100),
        Border: [0, 0, 0],
        F: 4,
        Contents: PDFHexString.fromText(describe(link.target, text)),
        ...action,
      } as never),
    );
    tagger.annotate(link.element, ref, link.page);
    const list = perPage.get(link.page) ?? [];
    list.push(ref);
    perPage.set(link.page, list);
  }
  for (const [index, refs] of perPage)
    (pages[index] as PDFPage).node.set(PDFName.of('Annots'), context.obj(refs));
}
