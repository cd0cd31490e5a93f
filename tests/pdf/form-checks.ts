// Checks of a printed form's lines as poppler's `pdftotext -layout` reads them back (a reader that
// is not ours): a fill-in line wrapped away from its row, a label or a checkbox's choice split
// across lines. Page texts are split at form feeds; lines keep their spacing (two or more spaces
// stand where a drawn fill-in line is, which pdftotext does not read as text).

export interface FormFault {
  /** Page number, from 1. */
  page: number;
  line: string;
  fault: string;
}

/** Longest label or checkbox choice the form ties whole (characters), as src/writers/tie-spaces.ts. */
const LONGEST_LABEL = 40;

/** A line that is one label and its blank only: "Date:", "Fecha:". */
const loneField = /^\s*[^\s\u2610:][^:\u2610]{0,30}:\s*$/u;
/** A line holding a row of fields: a label, a blank (a gap), and a label at its end. */
const rowOfFields = /:\s{2,}\S.*:\s*$/u;
/** A line's last words that end no label, sentence or clause: the label may go on below. */
const openEnd = /\p{L}\s*$/u;
/**
 * A continuation that starts with the rest of a label: one lower-case word, a colon, the blank
 * (a lead-in that wraps, "…that the Center / may share:", ends in two words or more).
 */
const labelRest = /^\s*\p{Ll}\p{L}*:(\s{2,}|\s*$)/u;

/** Each page's lines, from `pdftotext -layout` output (pages end with a form feed). */
export function pagesOfLayoutText(text: string): string[][] {
  return text
    .split('\f')
    .map((page) => page.split('\n'))
    .filter((lines) => lines.some((l) => l.trim()));
}

/** The body lines of a page: without blank lines, the running header (first) and the page footer. */
export function bodyLines(lines: readonly string[]): string[] {
  const text = lines.filter((l) => l.trim());
  return text.slice(1).filter((l) => !/^\s*(Page|Página) \d+ (of|de) \d+\s*$/.test(l));
}

/**
 * Fill-in rows and labels that a reader sees broken: a field wrapped alone below its row
 * ("Interpreter: ___ Staff name: ___" / "Date: ___"), a label split from its blank ("…date or" /
 * "event: ___"), and a short checkbox choice split across lines ("☐ health" / "care agent").
 */
export function fillInFaults(pages: readonly (readonly string[])[]): FormFault[] {
  const faults: FormFault[] = [];
  pages.forEach((page, index) => {
    const lines = bodyLines(page);
    lines.forEach((line, i) => {
      const before = lines[i - 1];
      if (before === undefined) return;
      const fault = (kind: string) =>
        faults.push({ page: index + 1, line: `${before.trim()} / ${line.trim()}`, fault: kind });
      if (loneField.test(line) && rowOfFields.test(before)) fault('a field wrapped alone below its row');
      else if (openEnd.test(before) && labelRest.test(line)) fault('a label split from its fill-in line');
      else {
        const choice = /\u2610[ \u00a0]([^\u2610]*?)\s*$/u.exec(before)?.[1];
        const rest = /^\s*(\p{Ll}[^\u2610:]*?)(?=\s*(\u2610|:|$))/u.exec(line)?.[1];
        if (choice && rest && !/[.:;]$/.test(choice) && choice.length + rest.length + 3 <= LONGEST_LABEL)
          fault('a checkbox choice split across lines');
      }
    });
  });
  return faults;
}

/** A text run as pdf.js reads it: its text, its start (y up from the page foot), its size. */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** Each page's text runs as pdf.js reads them (empty and blank runs dropped). */
export async function placedTexts(bytes: Uint8Array): Promise<PlacedText[][]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  const pages: PlacedText[][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(
      content.items.flatMap((item) =>
        'str' in item && item.str.trim()
          ? [
              {
                text: item.str,
                x: item.transform[4] as number,
                y: item.transform[5] as number,
                width: item.width,
                size: Math.hypot(item.transform[2] as number, item.transform[3] as number),
              },
            ]
          : [],
      ),
    );
  }
  return pages;
}

/** Fewest lines of body text a page of a form may hold: fewer, and it is a page of a stray tail. */
export const FEWEST_LINES = 4;

/**
 * Pages of a form that a reader sees half-made: a page holding fewer than FEWEST_LINES lines of
 * body text (between the running header and the page footer, `furniture` points from the page's
 * top and foot), and a checkbox choice whose second line starts under its box instead of under
 * its text (no hanging indent). A box of a list is one that starts its line with a gap after it
 * wider than a space; its choice goes on in the line below when that line is no farther than a
 * line's leading (`seen` counts such choices, so a test can tell that it looked at some).
 */
export function pageFaults(
  pages: readonly (readonly PlacedText[])[],
  seen: { runOnChoices: number } = { runOnChoices: 0 },
  pageHeight = 792,
  furniture = 30,
): FormFault[] {
  const faults: FormFault[] = [];
  pages.forEach((page, index) => {
    const body = page.filter((t) => t.y > furniture && t.y < pageHeight - furniture);
    const lines = new Map<number, PlacedText[]>();
    for (const t of body) {
      const key = Math.round(t.y);
      lines.set(key, [...(lines.get(key) ?? []), t]);
    }
    const ordered = [...lines.entries()]
      .sort((a, b) => b[0] - a[0])
      .map(([, l]) => l.sort((a, b) => a.x - b.x));
    if (ordered.length < FEWEST_LINES)
      faults.push({
        page: index + 1,
        line: ordered.map((l) => l.map((t) => t.text).join(' ')).join(' / '),
        fault: `a page holding ${ordered.length} line${ordered.length === 1 ? '' : 's'}`,
      });
    ordered.forEach((line, i) => {
      const [box, text] = line;
      const next = ordered[i + 1];
      if (!box || !text || !next || box.text.trim() !== '\u2610') return;
      if (text.x - (box.x + box.width) <= 0.45 * box.size) return;
      const below = next[0] as PlacedText;
      if (box.y - below.y > 1.35 * box.size || below.text.trim().startsWith('\u2610')) return;
      seen.runOnChoices++;
      if (below.x < text.x - 1)
        faults.push({
          page: index + 1,
          line: `${text.text} / ${below.text}`,
          fault: 'a checkbox choice not hung under its text',
        });
    });
  });
  return faults;
}
