import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/answers/read-answers.js';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { validAnswers } from '../support/valid-answers.js';

// The mistakes a first-time YAML writer makes, each with a hint that names the real cause.
const valid = `${validAnswers}revisions:
  - version: "2026.1"
    date: "2026-03-01"
    summary: First draft
`;

function lines(text: string): string[] {
  return parseAnswers(text, 'a.yaml').diagnostics.map(formatDiagnostic);
}

describe('hints for common mistakes', () => {
  it('blames the indentation, not a quote, when a list item is indented one space off', () => {
    const [line, ...rest] = lines(valid.replace('  - id: clinic', '   - id: clinic'));
    expect(rest).toEqual([]);
    expect(line).toMatch(/^a\.yaml:9:1 {2}cannot read YAML: this line is not indented like the other fields/);
    expect(line).toContain('line up with the first field after its "- "');
    expect(line).not.toMatch(/quotation|bracket/);
  });

  it('still blames an unclosed quote when a quote is left open', () => {
    const [line] = lines(valid.replace('name: Test Clinic', 'name: "Test Clinic'));
    expect(line).toContain('quotation mark or bracket');
  });

  it('says to write true or false for yes and no', () => {
    expect(
      lines(
        valid.replace(
          '    part2_status: not-part2',
          '    part2_status: not-part2\n    signs_agreements: yes',
        ),
      ),
    ).toEqual([
      'a.yaml:13:23  partners[0].signs_agreements: expected true or false, got a text\n    hint: write true (for yes) or false (for no), without quotes',
    ]);
  });

  it('says to quote a version that YAML reads as a number', () => {
    expect(lines(valid.replace('version: "2026.1"', 'version: 2026.1'))).toEqual([
      'a.yaml:16:14  revisions[0].version: expected a text, got a number\n    hint: put it in quotes, e.g. version: "2026.1": without quotes YAML reads it as a number',
    ]);
  });

  it('suggests the field an unknown name was meant to be, in its own group', () => {
    const found = lines(valid.replace('hipaa_status:', 'hipaa_stauts:').replace('program:', 'programme:'));
    expect(found).toContain(
      'a.yaml:11:5  partners[0].hipaa_stauts: unknown field `hipaa_stauts`\n    hint: did you mean `hipaa_status`? (`pmhc schema` lists every field)',
    );
    expect(found.join('\n')).toContain(
      'programme: unknown field `programme`\n    hint: did you mean `program`?',
    );
  });

  it('suggests nothing for a name far from every field', () => {
    const [line] = lines(valid.replace('  state: CA', '  state: CA\n  favourite_colour: blue'));
    expect(line).toContain('hint: check the spelling; `pmhc schema` lists every field');
  });
});
