import type { Document, SignatureBlock } from '../../ast/types.js';
import type { Layout } from '../pdf/layout-types.js';
import { signaturePageFollowsPath } from '../pdf/structure.js';

/**
 * The "[Signature page to …]" captions of the PDF, keyed by the signature block that ends each
 * page they are printed on: Word cannot know its own page breaks, so it prints the same caption
 * under the same block, following the PDF's layout, which sets the same face and sizes. Empty
 * when the PDF's signatures share a page with the text.
 */
export function signatureCaptions(doc: Document, layout: () => Layout): Map<SignatureBlock, string> {
  const captions = new Map<SignatureBlock, string>();
  if (!doc.blocks.some((block) => block.type === 'signatureBlock')) return captions;
  for (const page of layout().pages) {
    const caption = page.lines
      .filter((line) => line.path === signaturePageFollowsPath)
      .map((line) => line.runs.map((run) => run.text).join(''))
      .find((text) => text.startsWith('[Signature page to '));
    if (caption === undefined) continue;
    const last = page.lines
      .map((line) => /^blocks\[(\d+)\]\.parties\[/.exec(line.path)?.[1])
      .filter((index) => index !== undefined)
      .at(-1);
    const block = last === undefined ? undefined : doc.blocks[Number(last)];
    if (block?.type === 'signatureBlock') captions.set(block, caption);
  }
  return captions;
}
