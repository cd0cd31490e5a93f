import { describe, expect, it } from 'vitest';
import type { TextRun } from '../../src/writers/pdf/layout-types.js';
import { docWith, layoutOf, text } from './helpers.js';

// Set greedily on a 6.5 in measure, this title takes three lines and leaves "Region" alone on the last.
const title =
  'Memorandum of Understanding for the Crisis Intervention Team and Co-Responder Programs of the Region';

function titleLines(content: string) {
  const layout = layoutOf(docWith([{ type: 'heading', level: 1, content: [text(content)] }]));
  return layout.pages[0]!.lines.filter((line) => line.path === 'blocks[0].content').map((line) => {
    const runs = line.runs as TextRun[];
    return {
      text: runs.map((run) => run.text).join(''),
      width: runs.reduce((sum, run) => sum + run.width, 0),
      left: runs[0]!.x,
    };
  });
}

describe('balanced titles and headings', () => {
  it('should set a long title in lines of near-equal length, centred, never one word alone', () => {
    const lines = titleLines(title);
    expect(lines).toHaveLength(3);
    expect(lines.at(-1)!.text.trim().split(/\s+/).length).toBeGreaterThan(2);
    const widths = lines.map((line) => line.width);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThan(0.25 * Math.max(...widths));
    // Centred: the same margin on both sides of each line (the text column is 468 pt from 72).
    for (const line of lines) expect(Math.abs(line.left - 72 - (468 - line.width) / 2)).toBeLessThan(4);
  });

  it('should not break a title after the hyphen of a compound', () => {
    const lines = titleLines(
      'Crisis Intervention Team Partnership and Co-Responder Program Memorandum of Understanding',
    );
    expect(lines.map((line) => line.text.trim())).toEqual([
      'Crisis Intervention Team Partnership and',
      'Co-Responder Program Memorandum of Understanding',
    ]);
  });

  it('should leave a one-line title on one line', () => {
    expect(titleLines('Packet Overview').map((line) => line.text)).toEqual(['Packet Overview']);
  });
});
