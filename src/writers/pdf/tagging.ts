import { PDFName, PDFNumber, PDFOperator, type PDFDocument, type PDFPage, type PDFRef } from 'pdf-lib';
import { roleMap, type StructNode, type Structure } from './structure.js';

/** What a stretch of painted content is: a structure leaf's key, or page furniture. */
export type Mark = { key: string } | { artifact: 'Header' | 'Footer' | 'Pagination' | 'Layout' | null };

interface Content {
  page: number;
  mcid: number;
}

/**
 * Marks painted content and writes the structure tree (PDF/UA-1): each stretch of a leaf's
 * text is a marked-content sequence with an MCID listed in the parent tree; furniture,
 * rules and shading are artifacts. pdf-lib has no tagging API, so this writes the objects.
 */
export function createTagger(pdf: PDFDocument, structure: Structure) {
  const content = new Map<StructNode, Content[]>();
  const parents: StructNode[][] = [];
  const untagged: string[] = [];
  const { context } = pdf;

  /** Operators that open a marked-content sequence for `mark` on page `page`. */
  const begin = (mark: Mark, page: number): PDFOperator[] => {
    if ('artifact' in mark) {
      if (mark.artifact === null) return [PDFOperator.of('BMC' as never, [PDFName.of('Artifact')])];
      const kind = mark.artifact === 'Layout' ? 'Layout' : 'Pagination';
      const props = context.obj({
        Type: kind,
        ...(mark.artifact === 'Header' || mark.artifact === 'Footer' ? { Subtype: mark.artifact } : {}),
      });
      return [PDFOperator.of('BDC' as never, [PDFName.of('Artifact'), props as never])];
    }
    let element = structure.leaves.get(mark.key);
    if (!element) {
      // Text no structure leaf claims still reaches assistive technology, at the end.
      untagged.push(mark.key);
      element = { type: 'P', children: [] };
      structure.leaves.set(mark.key, element);
      structure.root.children.push(element);
    }
    const onPage = (parents[page] ??= []);
    const mcid = onPage.length;
    onPage.push(element);
    const list = content.get(element) ?? [];
    list.push({ page, mcid });
    content.set(element, list);
    return [PDFOperator.of('BDC' as never, [PDFName.of(element.type), context.obj({ MCID: mcid }) as never])];
  };
  const end = (): PDFOperator[] => [PDFOperator.of('EMC' as never)];

  /** Writes the structure tree, the parent tree and the catalog entries of a tagged PDF. */
  const finish = (pages: readonly PDFPage[]) => {
    const refs = new Map<StructNode, PDFRef>();
    const rootRef = context.nextRef();
    const write = (element: StructNode, parent: PDFRef): PDFRef | null => {
      const ref = context.nextRef();
      refs.set(element, ref);
      const kids: unknown[] = [];
      for (const { page, mcid } of content.get(element) ?? [])
        kids.push(context.obj({ Type: 'MCR', Pg: (pages[page] as PDFPage).ref, MCID: mcid }));
      for (const child of element.children) {
        const childRef = write(child, ref);
        if (childRef) kids.push(childRef);
      }
      if (kids.length === 0) {
        refs.delete(element);
        return null;
      }
      const dict = context.obj({ Type: 'StructElem', S: element.type, P: parent, K: kids as never });
      const first = content.get(element)?.[0];
      if (first) dict.set(PDFName.of('Pg'), (pages[first.page] as PDFPage).ref);
      if (element.attributes)
        dict.set(
          PDFName.of('A'),
          context.obj({
            O: element.attributes.owner,
            ...Object.fromEntries(
              Object.entries(element.attributes.values).map(([name, value]) => [name, PDFName.of(value)]),
            ),
          }),
        );
      context.assign(ref, dict);
      return ref;
    };
    const documentRef = write(structure.root, rootRef);
    const nums: unknown[] = [];
    pages.forEach((page, index) => {
      page.node.set(PDFName.of('StructParents'), PDFNumber.of(index));
      page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
      nums.push(
        index,
        (parents[index] ?? []).map((element) => refs.get(element) ?? null),
      );
    });
    const parentTree = context.register(context.obj({ Nums: nums as never }));
    context.assign(
      rootRef,
      context.obj({
        Type: 'StructTreeRoot',
        K: documentRef ? [documentRef] : [],
        ParentTree: parentTree,
        ParentTreeNextKey: pages.length,
        RoleMap: Object.fromEntries(Object.entries(roleMap).map(([name, type]) => [name, PDFName.of(type)])),
      }),
    );
    pdf.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
    pdf.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
    return untagged;
  };

  return { begin, end, finish };
}

export type Tagger = ReturnType<typeof createTagger>;
