import { Document as DocxDocument } from 'docx';
import type { Document } from '../../ast/types.js';
import type { WriteOptions } from '../types.js';
import { clauseBookmarks } from './clause-bookmarks.js';
import { bodyFontFaces } from './embedded-fonts.js';
import { createHeaderFooter } from './header-footer.js';
import { createNumbering } from './numbering.js';
import { pageSetup } from './page-setup.js';
import { renderBlocks } from './render-blocks.js';
import type { RenderContext } from './render-context.js';
import { layoutDocument } from '../pdf/layout.js';
import type { Layout } from '../pdf/layout-types.js';
import { bodyMeasurer } from './body-measurer.js';
import { captionsByBlock, movedStartNodes, pageFactsOf, splitTableNodes } from '../page-facts.js';
import { formSignatureSection } from '../signature-section.js';
import { createStyles, styleIds } from './styles.js';

/** Builds the docx object model of a document; packing and normalizing the zip come after. */
export function buildDocument(doc: Document, options: WriteOptions, warnings: string[]): DocxDocument {
  const { meta } = doc;
  const form = meta.kind === 'form';
  const page = pageSetup(options.paper, form);
  // The PDF keeps the same blocks on one page (layoutDocument).
  const section = formSignatureSection(doc);
  // What Word cannot know of its own page breaks, from the PDF's layout: the PDF writer's, when
  // it laid this document out already, else made here (and only if the document needs it).
  const facts =
    options.pageFacts ?? pageFactsOf(doc, (): Layout => layoutDocument(doc, options, bodyMeasurer()));
  const keptTogether = new Set(section ? doc.blocks.slice(section.from, section.to + 1) : []);
  const ctx: RenderContext = {
    meta,
    indent: 0,
    paragraphStyle: styleIds.body,
    keepWithNext: false,
    keptTogether,
    keepTogether: false,
    listDepth: 0,
    textWidth: page.textWidth,
    signatureCaptions: captionsByBlock(doc, facts),
    splitTables: splitTableNodes(doc, facts),
    clauseBookmarks: clauseBookmarks(doc.blocks),
    breakBefore: movedStartNodes(doc, facts),
    pageBreakBefore: false,
    clauseCounters: [0, 0, 0],
    orderedLists: { count: 0 },
    warnings,
    render: renderBlocks,
  };
  const children = renderBlocks(doc.blocks, ctx);
  const margin = page.margin;
  return new DocxDocument({
    title: meta.title,
    subject: meta.subject,
    creator: meta.author,
    lastModifiedBy: 'pmhc-docs',
    keywords: meta.keywords.join(', '),
    description:
      `Draft by pmhc-docs from template ${meta.id} v${meta.templateVersion}` +
      (meta.generatedOn ? `, dated ${meta.generatedOn}` : '') +
      '. A starting point for the parties, not legal advice.',
    styles: createStyles(meta.language, form ? (meta.bodySize ?? 10) : null),
    // Hyphenated like the PDF, so lines and pages agree; a form, set ragged for the public, is not.
    hyphenation: { autoHyphenation: meta.kind !== 'form', doNotHyphenateCaps: true },
    // The PDF's typeface, carried in the file so Word and LibreOffice set the same lines.
    fonts: [bodyFontFaces()],
    numbering: createNumbering(),
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height },
            margin: {
              top: margin,
              bottom: margin,
              left: margin,
              right: margin,
              header: form ? 360 : 720,
              footer: form ? 360 : 720,
            },
          },
          ...(options.lineNumbers ? { lineNumbers: { countBy: 1, restart: 'newPage' as const } } : {}),
        },
        ...createHeaderFooter(meta, page.textWidth, warnings),
        children,
      },
    ],
  });
}
