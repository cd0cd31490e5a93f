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
