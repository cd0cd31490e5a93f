import { HeadingLevel, Paragraph } from 'docx';
import type { Heading } from '../../ast/types.js';
import type { RenderContext } from './render-context.js';
import { renderInlines } from './render-inlines.js';
import { tieLastWord } from './tie-last-word.js';

// Level 1 is the document title; levels 2 and 3 (recitals, appendices, schedules) sit at the
// same outline rank as the numbered sections, so they use Heading1/Heading2 without a number.
const styleOf = { 1: HeadingLevel.TITLE, 2: HeadingLevel.HEADING_1, 3: HeadingLevel.HEADING_2 } as const;

/** An unnumbered heading in Word's built-in Title / Heading styles. */
export function renderHeading(node: Heading, ctx: RenderContext): Paragraph[] {
  return [
    new Paragraph({
      heading: styleOf[node.level],
      ...(ctx.pageBreakBefore ? { pageBreakBefore: true } : {}),
      children: renderInlines(tieLastWord(node.content), ctx.warnings),
    }),
  ];
}
