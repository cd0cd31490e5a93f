import { execFileSync } from 'node:child_process';
import MarkdownIt from 'markdown-it';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Text with no white space (no-break spaces included) and no list bullets (a Markdown list has
 * none in its text), so line breaks, ties and list marks do not matter.
 */
export const squash = (text: string) => text.replace(/[\s\u00a0•]+/g, '');

/** Where two texts part, with a little context: a readable failure on a long document. */
export function difference(actual: string, expected: string): string | null {
  if (actual === expected) return null;
  let at = 0;
  while (at < actual.length && actual[at] === expected[at]) at++;
  return `at ${at}: got …${actual.slice(Math.max(0, at - 40), at + 60)}… expected …${expected.slice(Math.max(0, at - 40), at + 60)}…`;
}

/**
 * The text a reader of the Markdown sees, in order: inline text of every block, with no
 * markup, HTML comments or typed signature underscores (the PDF draws those as rules).
 */
export function markdownText(markdown: string): string {
  const out: string[] = [];
  const walk = (tokens: ReturnType<MarkdownIt['parse']>) => {
    for (const token of tokens) {
      if (token.children) walk(token.children);
      else if (token.type === 'text' || token.type === 'code_inline') out.push(token.content);
      else if (token.type === 'softbreak' || token.type === 'hardbreak') out.push(' ');
    }
  };
  walk(new MarkdownIt({ html: true }).parse(markdown, {}));
  return out.join(' ').replace(/_{3,}/g, ' ');
}

/** The tagged text poppler reads from the structure tree (`pdfinfo -struct-text`), in order. */
export function popplerTaggedText(file: string): { text: string; tree: string } {
  const tree = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const text = tree
    .split('\n')
    .map((line) => /^\s*"(.*)"$/.exec(line)?.[1])
    .filter((line): line is string => line !== undefined)
    .join('\n');
  return { text, tree };
}

interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

/**
 * pdf.js, one load of the file: the text of each page's structure tree (getStructTree) through its
 * marked content, the structure roles in order, and the pages' plain text (getTextContent).
 */
export async function pdfjsTaggedText(
  bytes: Uint8Array,
): Promise<{ text: string; roles: string[]; pageText: string; pages: number }> {
  const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  let text = '';
  let pageText = '';
  const roles: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const byId = new Map<string, string>();
    let current: string | null = null;
    for (const item of content.items) {
      if ('str' in item) {
        pageText += item.str;
        if (current) byId.set(current, (byId.get(current) ?? '') + item.str);
      } else if (item.type === 'beginMarkedContentProps') current = item.id ?? null;
      else if (item.type === 'beginMarkedContent') current = null;
      else if (item.type === 'endMarkedContent') current = null;
    }
    const walk = (node: StructNode) => {
      if (node.role) roles.push(node.role);
      if (node.type === 'content' && node.id) text += byId.get(node.id) ?? '';
      for (const child of node.children ?? []) walk(child);
    };
    walk((await page.getStructTree()) as unknown as StructNode);
  }
  const pages = pdf.numPages;
  await pdf.destroy();
  return { text, roles, pageText, pages };
}

const token =
  /<<|>>|\[|\]|<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)|\/[^\s/[\]<>()]+|[-+]?(?:\d+\.?\d*|\.\d+)|[A-Za-z'"*]+/g;

/**
 * Walks every page's content stream (decoded by qpdf): each text-showing or path-painting
 * operator must sit in a marked-content sequence that is an artifact or has an MCID, MCIDs do
 * not nest, and each MCID is in the parent tree, whose element lists that very MCID.
 */
export async function walkMarkedContent(file: string): Promise<string[]> {
  const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, '-'], { maxBuffer: 64 << 20 });
  const pdf = await PDFDocument.load(qdf, { updateMetadata: false });
  const problems: string[] = [];
  const root = pdf.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const nums = root.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray);
  const parentTree = new Map<number, PDFArray>();
  // An annotation's entry is its structure element itself, not an array (ISO 32000 14.7.4.4).
  const objectParents = new Map<number, PDFRef>();
  for (let i = 0; i < nums.size(); i += 2) {
    const key = (nums.lookup(i, PDFNumber) as PDFNumber).asNumber();
    const value = nums.get(i + 1);
    if (value instanceof PDFRef && pdf.context.lookup(value) instanceof PDFDict)
      objectParents.set(key, value);
    else parentTree.set(key, nums.lookup(i + 1, PDFArray));
  }
  pdf.getPages().forEach((page, index) => {
    const where = `page ${index + 1}`;
    // Every annotation is an object of a Link element that lists it (PDF/UA-1 7.18.1).
    const annots = page.node.lookup(PDFName.of('Annots'));
    for (const ref of annots instanceof PDFArray ? annots.asArray() : []) {
      const annot = pdf.context.lookup(ref, PDFDict);
      const key = annot.lookup(PDFName.of('StructParent'));
      const elementRef = key instanceof PDFNumber ? objectParents.get(key.asNumber()) : undefined;
      const element = elementRef ? pdf.context.lookup(elementRef, PDFDict) : undefined;
      const kids = element?.lookup(PDFName.of('K'));
      const listed =
        String(element?.lookup(PDFName.of('S'))) === '/Link' &&
        kids instanceof PDFArray &&
        kids.asArray().some((kid) => {
          const objr = pdf.context.lookup(kid);
          return objr instanceof PDFDict && objr.get(PDFName.of('Obj')) === ref;
        });
      if (!listed) problems.push(`${where}: annotation ${String(ref)} is not an object of a Link element`);
      if (!annot.lookup(PDFName.of('Contents')))
        problems.push(`${where}: annotation ${String(ref)} has no Contents`);
    }
    const key = page.node.lookup(PDFName.of('StructParents'));
    const parents = key instanceof PDFNumber ? parentTree.get(key.asNumber()) : undefined;
    if (!parents) problems.push(`${where}: no parent tree entry`);
    const contents = page.node.lookup(PDFName.of('Contents'));
    const streams =
      contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref)) : [contents];
    const source = streams
      .map((s) => Buffer.from((s as PDFRawStream).getContents()).toString('latin1'))
      .join('\n');
    const stack: ('artifact' | number | 'other')[] = [];
    const operands: string[] = [];
    for (const [word] of source.matchAll(token)) {
      if (!/^[A-Za-z'"*]+$/.test(word) || word === 'true' || word === 'false' || word === 'null') {
        operands.push(word);
        continue;
      }
      if (word === 'BDC' || word === 'BMC') {
        const tag = operands.find((o) => o.startsWith('/'));
        const mcid = operands.indexOf('/MCID');
        if (tag === '/Artifact') stack.push('artifact');
        else if (mcid >= 0) {
          if (stack.some((s) => typeof s === 'number')) problems.push(`${where}: nested MCID`);
          const id = Number(operands[mcid + 1]);
          stack.push(id);
          const elementRef = parents?.get(id);
          const element = elementRef instanceof PDFRef ? pdf.context.lookup(elementRef, PDFDict) : undefined;
          const kids = element?.lookup(PDFName.of('K'));
          const listed =
            kids instanceof PDFArray &&
            kids.asArray().some((kid) => {
              const mcr = pdf.context.lookup(kid);
              return (
                mcr instanceof PDFDict &&
                (mcr.lookup(PDFName.of('MCID')) as PDFNumber | undefined)?.asNumber() === id &&
                mcr.get(PDFName.of('Pg')) === page.ref
              );
            });
          if (!listed) problems.push(`${where}: MCID ${id} is not in the parent tree`);
        } else stack.push('other');
      } else if (word === 'EMC') {
        if (stack.pop() === undefined) problems.push(`${where}: EMC without BDC`);
      } else if (['TJ', 'Tj', "'", '"', 're', 'f', 'S', 'B', 'Do'].includes(word)) {
        const inside = stack.at(-1);
        if (inside === undefined || inside === 'other')
          problems.push(`${where}: ${word} outside tagged content`);
      }
      operands.length = 0;
    }
    if (stack.length > 0) problems.push(`${where}: unclosed marked content`);
  });
  return problems;
}
