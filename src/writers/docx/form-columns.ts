import { bodyMeasurer } from './body-measurer.js';

/** Space between a form's two columns of choices, in twips: the PDF's 14 pt. */
export const columnGap = 280;

/**
 * A form's checkbox choices in rows, read across as the PDF sets them: two short choices side by
 * side, a choice too wide for half the line (or one with a line to write on) on a row of its own,
 * in its place. `texts` are the choices' words; widths are in twips; `size` is the body size.
 */
export function checkboxRows(texts: readonly string[], size: number, columnText: number): number[][] {
  const fits = (text: string) =>
    !/_{3}/.test(text) && bodyMeasurer().width(text, 'regular', size) * 20 <= columnText;
  const rows: number[][] = [];
  let open: number[] | null = null;
  texts.forEach((text, index) => {
    if (!fits(text)) {
      if (open) rows.push(open);
      open = null;
      rows.push([index]);
    } else if (open) {
      rows.push([...open, index]);
      open = null;
    } else open = [index];
  });
  if (open) rows.push(open);
  return rows;
}
