import { AlignmentType, LevelFormat, type ILevelsOptions, type INumberingOptions } from 'docx';

/** Numbering references paragraphs name. */
export const numberingRefs = {
  clauses: 'clauses',
  bullets: 'bullets',
  ordered: 'ordered',
  checkboxes: 'checkboxes',
} as const;

/** Left indent of a list level relative to the text it sits under, and its hanging number. */
export const listStep = 360;

/** Where level-1/2 clause text starts (twips); level 3 starts one step further in. */
export const clauseTextIndent = 720;

const clauseLevel = (level: number, text: string, left: number): ILevelsOptions => ({
  level,
  format: LevelFormat.DECIMAL,
  text,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left, hanging: clauseTextIndent } } },
});

const listLevels = (formats: [(typeof LevelFormat)[keyof typeof LevelFormat], string][]): ILevelsOptions[] =>
  formats.map(([format, text], level) => ({
    level,
    format,
    text,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: listStep * (level + 1), hanging: listStep } } },
  }));

/**
 * One multi-level list for clauses (1. / 1.1 / 1.1.1), so Word renumbers when counsel moves a
 * clause; plus bullets and lettered lists for list nodes (each ordered list is its own instance
 * so that it restarts at (a)).
 */
export function createNumbering(): INumberingOptions {
  return {
    config: [
      {
        reference: numberingRefs.clauses,
        levels: [
          clauseLevel(0, '%1.', clauseTextIndent),
          clauseLevel(1, '%1.%2', clauseTextIndent),
          clauseLevel(2, '%1.%2.%3', 2 * clauseTextIndent),
        ],
      },
      {
        reference: numberingRefs.bullets,
        levels: listLevels([
          [LevelFormat.BULLET, '\u2022'],
          [LevelFormat.BULLET, '\u25E6'],
          [LevelFormat.BULLET, '\u25AA'],
        ]),
      },
      {
        // A form's choices: the empty box is the marker, so a long choice hangs under its text.
        reference: numberingRefs.checkboxes,
        levels: listLevels([
          [LevelFormat.BULLET, '\u2610'],
          [LevelFormat.BULLET, '\u2610'],
          [LevelFormat.BULLET, '\u2610'],
        ]),
      },
      {
        reference: numberingRefs.ordered,
        levels: listLevels([
          [LevelFormat.LOWER_LETTER, '(%1)'],
          [LevelFormat.LOWER_ROMAN, '(%2)'],
          [LevelFormat.UPPER_LETTER, '(%3)'],
        ]),
      },
    ],
  };
}
