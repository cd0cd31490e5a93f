import { PDFHexString, PDFName, type PDFDocument, type PDFPage, type PDFRef } from 'pdf-lib';
import type { Anchor } from './layout-types.js';

interface Node {
  anchor: Anchor;
  ref: PDFRef;
  children: Node[];
}

function count(nodes: Node[]): number {
  return nodes.reduce((sum, node) => sum + 1 + count(node.children), 0);
}

/** Adds bookmarks (the document outline), nested by anchor level, and opens the outline pane. */
export function addOutline(
  pdf: PDFDocument,
  pages: readonly PDFPage[],
  anchors: readonly Anchor[],
  pageHeight: number,
): void {
  if (anchors.length === 0) return;
  const { context } = pdf;
  const root: Node[] = [];
  const stack: Node[] = [];
  for (const anchor of anchors) {
    const node: Node = { anchor, ref: context.nextRef(), children: [] };
    while (stack.length > 0 && (stack.at(-1) as Node).anchor.level >= anchor.level) stack.pop();
    (stack.at(-1)?.children ?? root).push(node);
    stack.push(node);
  }
  const outlinesRef = context.nextRef();
  const write = (nodes: Node[], parent: PDFRef) => {
    nodes.forEach((node, index) => {
      const page = pages[node.anchor.page] as PDFPage;
      const dict = context.obj({
        Title: PDFHexString.fromText(node.anchor.title),
        Parent: parent,
        Dest: [page.ref, 'XYZ', null, Math.round(pageHeight - node.anchor.y + 4), null],
      });
      const prev = nodes[index - 1];
      const next = nodes[index + 1];
      if (prev) dict.set(PDFName.of('Prev'), prev.ref);
      if (next) dict.set(PDFName.of('Next'), next.ref);
      const first = node.children[0];
      const last = node.children.at(-1);
      if (first && last) {
        dict.set(PDFName.of('First'), first.ref);
        dict.set(PDFName.of('Last'), last.ref);
        dict.set(PDFName.of('Count'), context.obj(count(node.children)));
        write(node.children, node.ref);
      }
      context.assign(node.ref, dict);
    });
  };
  write(root, outlinesRef);
  context.assign(
    outlinesRef,
    context.obj({
      Type: 'Outlines',
      First: (root[0] as Node).ref,
      Last: (root.at(-1) as Node).ref,
      Count: count(root),
    }),
  );
  pdf.catalog.set(PDFName.of('Outlines'), outlinesRef);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
