import {
  PDFDict,
  PDFName,
  PDFNumber,
  PDFOperator,
  type PDFDocument,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import type { RunLink } from './layout-types.js';
import { roleMap, type StructNode, type Structure } from './structure.js';

/** What a stretch of painted content is: a structure leaf's key (and a link in it), or page furniture. */
export type Mark =
  { key: string; link?: RunLink } | { artifact: 'Header' | 'Footer' | 'Pagination' | 'Layout' | null };

/** An element's kids in reading order: its marked content, a Link inside it, a link's annotation. */
type Kid = { page: number; mcid: number } | { element: StructNode } | { annotation: PDFRef; page: number };

/**
 * Marks painted content and writes the structure tree (PDF/UA-1): each stretch of a leaf's
 * text is a marked-content sequence with an MCID listed in the parent tree; furniture,
 * rules and shading are artifacts. pdf-lib has no tagging API, so this writes the objects.
 */
export function createTagger(pdf: PDFDocument, structure: Structure) {
  const content = new Map<StructNode, Kid[]>();
  const kidsOf = (element: StructNode) => {
    let kids = content.get(element);
    if (!kids) content.set(element, (kids = []));
    return kids;
  };
  const parents: StructNode[][] = [];
  const links = new Map<string, StructNode>();
  const annotations: { element: StructNode; ref: PDFRef }[] = [];
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
    if (mark.link) {
      // A link is a Link element inside its paragraph (PDF/UA-1 7.18.5), in its place in the text.
      const linkKey = `${mark.key}|${mark.link.id}`;
      let link = links.get(linkKey);
      if (!link) {
        links.set(linkKey, (link = { type: 'Link', children: [] }));
        kidsOf(element).push({ element: link });
      }
      element = link;
    }
    const onPage = (parents[page] ??= []);
    const mcid = onPage.length;
    onPage.push(element);
    kidsOf(element).push({ page, mcid });
    return [PDFOperator.of('BDC' as never, [PDFName.of(element.type), context.obj({ MCID: mcid }) as never])];
  };
  const end = (): PDFOperator[] => [PDFOperator.of('EMC' as never)];

  /** The Link element that `begin` opened for a mark with a link. */
  const linkElement = (key: string, link: RunLink): StructNode | undefined => links.get(`${key}|${link.id}`);

  /** Records a link annotation on page `page` as an object of its Link element (an OBJR). */
  const annotate = (element: StructNode, ref: PDFRef, page: number) => {
    kidsOf(element).push({ annotation: ref, page });
    annotations.push({ element, ref });
  };

  /** Writes the structure tree, the parent tree and the catalog entries of a tagged PDF. */
  const finish = (pages: readonly PDFPage[]) => {
    const refs = new Map<StructNode, PDFRef>();
    const rootRef = context.nextRef();
    const write = (element: StructNode, parent: PDFRef): PDFRef | null => {
      const ref = context.nextRef();
      refs.set(element, ref);
      const kids: unknown[] = [];
      for (const kid of content.get(element) ?? []) {
        if ('element' in kid) {
          const childRef = write(kid.element, ref);
          if (childRef) kids.push(childRef);
        } else if ('annotation' in kid)
          kids.push(context.obj({ Type: 'OBJR', Pg: (pages[kid.page] as PDFPage).ref, Obj: kid.annotation }));
        else kids.push(context.obj({ Type: 'MCR', Pg: (pages[kid.page] as PDFPage).ref, MCID: kid.mcid }));
      }
      for (const child of element.children) {
        const childRef = write(child, ref);
        if (childRef) kids.push(childRef);
      }
      if (kids.length === 0) {
        refs.delete(element);
        return null;
      }
      const dict = context.obj({ Type: 'StructElem', S: element.type, P: parent, K: kids as never });
      const first = content.get(element)?.find((kid) => 'page' in kid);
      if (first && 'page' in first) dict.set(PDFName.of('Pg'), (pages[first.page] as PDFPage).ref);
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
    // Each link annotation names its Link element through the parent tree, after the pages.
    annotations.forEach(({ element, ref }, index) => {
      const key = pages.length + index;
      context.lookup(ref, PDFDict).set(PDFName.of('StructParent'), PDFNumber.of(key));
      nums.push(key, refs.get(element) ?? null);
    });
    const parentTree = context.register(context.obj({ Nums: nums as never }));
    context.assign(
      rootRef,
      context.obj({
        Type: 'StructTreeRoot',
        K: documentRef ? [documentRef] : [],
        ParentTree: parentTree,
        ParentTreeNextKey: pages.length + annotations.length,
        RoleMap: Object.fromEntries(Object.entries(roleMap).map(([name, type]) => [name, PDFName.of(type)])),
      }),
    );
    pdf.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
    pdf.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
    return untagged;
  };

  return { begin, end, linkElement, annotate, finish };
}

export type Tagger = ReturnType<typeof createTagger>;
