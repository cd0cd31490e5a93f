import type { DocumentMeta } from '../ast/types.js';

/** Width in points of text in the header's size: italic for the title, roman for the version. */
export type HeaderMeasure = (text: string, italic: boolean) => number;

/** Space kept between the title and the version label, in points. */
const gutter = 12;

/** The version label never takes more than this share of the header line. */
const versionShare = 0.4;

const ellipsis = '\u2026';

/**
 * The running header's two texts, fitted to `room` points (the line less the DRAFT mark): the
 * template's short title if it has one, cut at a word if it still does not fit, and
 * "Template 1.0.0 · Rev. R" with a long revision label cut (the revision history prints it whole).
 * Both writers use it, so the PDF and Word headers say the same.
 */
export function runningHeader(
  meta: Pick<DocumentMeta, 'title' | 'shortTitle' | 'templateVersion' | 'revision'>,
  measure: HeaderMeasure,
  room: number,
): { title: string; version: string } {
  const template = `Template ${meta.templateVersion}`;
  let version = meta.revision ? `${template} \u00b7 Rev. ${meta.revision}` : template;
  if (meta.revision && measure(version, false) > room * versionShare) {
    let label = meta.revision;
    while (
      label.length > 1 &&
      measure(`${template} \u00b7 Rev. ${label}${ellipsis}`, false) > room * versionShare
    )
      label = label.slice(0, -1);
    version = `${template} \u00b7 Rev. ${label.trimEnd()}${ellipsis}`;
  }
  const titleRoom = room - measure(version, false) - gutter;
  return { title: fitTitle(meta.shortTitle ?? meta.title, measure, titleRoom), version };
}

/** The title, or its longest run of whole words that fits with an ellipsis (never a cut word). */
function fitTitle(title: string, measure: HeaderMeasure, room: number): string {
  if (measure(title, true) <= room) return title;
  const words = title.split(' ');
  for (let n = words.length - 1; n > 0; n--) {
    const cut = `${words
      .slice(0, n)
      .join(' ')
      .replace(/[\s,:;(\u2013-]+$/, '')}${ellipsis}`;
    if (measure(cut, true) <= room) return cut;
  }
  // One word longer than the whole room: only then is a word cut.
  let cut = title;
  while (cut.length > 1 && measure(`${cut}${ellipsis}`, true) > room) cut = cut.slice(0, -1);
  return `${cut}${ellipsis}`;
}
