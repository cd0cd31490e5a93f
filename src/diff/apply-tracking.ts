import { mark, type ChangeKind } from './track-marks.js';

/** Who made the changes and when: the same for every change in a redline. */
export interface Tracking {
  author: string;
  /** ISO date-time, e.g. `2026-12-15T00:00:00Z`. */
  date: string;
  /** The next revision id; advanced as changes are written, so ids are unique across parts. */
  ids: { next: number };
  /** Comment ids whose comment was wholly inserted or deleted: their anchors are marked too. */
  comments: Map<string, ChangeKind>;
}

const runPattern = /<w:r(?:\s[^>]*)?>[\s\S]*?<\/w:r>/g;
const paragraphPattern = /<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g;
const markerOf = (run: string) => {
  const texts = [...run.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  return texts.length === 1 && texts >= mark.insert && texts <= mark.deleteCell ? texts : null;
};

/**
 * Turns the markers `track-marks` left in a WordprocessingML part into tracked changes: marked runs
 * go into `w:ins` / `w:del` (deleted text as `w:delText`), whole paragraphs get their paragraph mark
 * tracked, and a table row whose every cell is inserted or deleted is tracked as a row.
 */
export function applyTracking(xml: string, tracking: Tracking): string {
  const rows = xml.replace(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g, (row) => trackRow(row, tracking));
  const tracked = rows.replace(paragraphPattern, (p) => trackParagraph(p, tracking));
  // Nothing else may carry a marker: a stray one would show as a box.
  return tracked.replace(/[\uE000-\uE006]/g, '');
}

function attributes(tracking: Tracking): string {
  return `w:id="${tracking.ids.next++}" w:author="${tracking.author}" w:date="${tracking.date}"`;
}

const tag = (kind: ChangeKind) => (kind === 'insert' ? 'w:ins' : 'w:del');

/** A cell marker becomes a paragraph marker in each of the cell's paragraphs. */
function trackRow(row: string, tracking: Tracking): string {
  const kinds: (ChangeKind | null)[] = [];
  const cells = row.replace(/<w:tc(?:\s[^>]*)?>[\s\S]*?<\/w:tc>/g, (cell) => {
    const kind = cell.includes(mark.insertCell) ? 'insert' : cell.includes(mark.deleteCell) ? 'delete' : null;
    kinds.push(kind);
    if (!kind) return cell;
    const paragraphMarker = kind === 'insert' ? mark.insertParagraph : mark.deleteParagraph;
    return cell
      .replace(/[\uE005\uE006]/g, '')
      .replace(
        /(<w:p(?:\s[^>]*)?>(?:<w:pPr>[\s\S]*?<\/w:pPr>)?)/g,
        `$1<w:r><w:t>${paragraphMarker}</w:t></w:r>`,
      );
  });
  const kind = kinds[0];
  if (!kind || kinds.some((k) => k !== kind)) return cells;
  const change = `<${tag(kind)} ${attributes(tracking)}/>`;
  return cells.includes('</w:trPr>')
    ? cells.replace('</w:trPr>', `${change}</w:trPr>`)
    : cells.replace(/^(<w:tr(?:\s[^>]*)?>)/, `$1<w:trPr>${change}</w:trPr>`);
}

function trackParagraph(paragraph: string, tracking: Tracking): string {
  const open = /^<w:p(?:\s[^>]*)?>/.exec(paragraph)![0];
  const body = paragraph.slice(open.length, -'</w:p>'.length);
  const props = /^<w:pPr>[\s\S]*?<\/w:pPr>/.exec(body)?.[0] ?? '';
  const content = body.slice(props.length);
  const runs = [...content.matchAll(runPattern)].map((m) => markerOf(m[0]));
  const comment = /<w:commentReference w:id="(\d+)"/.exec(content)?.[1];
  const whole: ChangeKind | null = runs.includes(mark.insertParagraph)
    ? 'insert'
    : runs.includes(mark.deleteParagraph)
      ? 'delete'
      : (tracking.comments.get(comment ?? '') ?? null);
  if (!whole && !runs.some((m) => m !== null)) return paragraph;
  let state: ChangeKind | null = whole;
  let groupKind: ChangeKind | null = null;
  let group: string[] = [];
  let out = '';
  const flush = () => {
    if (group.length > 0 && groupKind) {
      const runs = group.join('');
      const name = tag(groupKind);
      out += `<${name} ${attributes(tracking)}>${groupKind === 'delete' ? asDeleted(runs) : runs}</${name}>`;
    }
    group = [];
  };
  let last = 0;
  for (const match of content.matchAll(runPattern)) {
    const between = content.slice(last, match.index);
    last = match.index + match[0].length;
    if (between) {
      flush();
      out += between;
    }
    const marker = markerOf(match[0]);
    if (marker !== null) {
      if (marker === mark.insert || marker === mark.delete) {
        flush();
        state = marker === mark.insert ? 'insert' : 'delete';
      } else if (marker === mark.end) {
        flush();
        state = whole;
      }
      continue;
    }
    if (state === null) {
      out += match[0];
      continue;
    }
    if (groupKind !== state) flush();
    groupKind = state;
    group.push(match[0]);
  }
  flush();
  out += content.slice(last);
  return `${open}${whole ? markParagraph(props, whole, tracking) : props}${out}</w:p>`;
}

function asDeleted(runs: string): string {
  return runs.replace(/<w:t(\s[^>]*)?>/g, '<w:delText$1>').replace(/<\/w:t>/g, '</w:delText>');
}

/** Tracks the paragraph mark itself, so that accepting or rejecting leaves no empty paragraph. */
function markParagraph(props: string, kind: ChangeKind, tracking: Tracking): string {
  const change = `<${tag(kind)} ${attributes(tracking)}/>`;
  if (!props) return `<w:pPr><w:rPr>${change}</w:rPr></w:pPr>`;
  if (/<w:rPr>/.test(props)) return props.replace(/<w:rPr>/, `<w:rPr>${change}`);
  return props.replace('</w:pPr>', `<w:rPr>${change}</w:rPr></w:pPr>`);
}
