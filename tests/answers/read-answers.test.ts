import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/answers/read-answers.js';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { validAnswers } from '../support/valid-answers.js';

const valid = validAnswers;

function lines(text: string): string[] {
  return parseAnswers(text, 'a.yaml').diagnostics.map(formatDiagnostic);
}

describe('parseAnswers', () => {
  it('should accept a minimal valid file and fill left-out fields with null', () => {
    const result = parseAnswers(valid, 'a.yaml');
    expect(result.diagnostics).toEqual([]);
    expect(result.answers?.program.hours).toBeNull();
    expect(result.answers?.information_sharing.retention_years).toBeNull();
    expect(result.answers?.partners[0]?.signs_agreements).toBe(true);
  });

  it('should report a wrong enum value at its line and column with the allowed values', () => {
    const text = valid.replace('hipaa_status: covered-entity', 'hipaa_status: covered');
    expect(lines(text)).toEqual([
      'a.yaml:11:19  partners[0].hipaa_status: expected one of covered-entity, hybrid-entity, business-associate, not-covered, unknown\n    hint: did you mean `covered-entity`?',
    ]);
  });

  it('should report a missing required field at the object that lacks it', () => {
    const text = valid.replace('    part2_status: not-part2\n', '');
    expect(lines(text)).toEqual([
      'a.yaml:8:5  partners[0].part2_status: missing required field, expected one of part2-program, lawful-holder, not-part2, unknown',
    ]);
  });

  it('should report an unknown field at the key itself with a hint', () => {
    const text = valid.replace('  type: municipal-police', '  type: municipal-police\n  cheif: Pat');
    const [first] = lines(text);
    expect(first).toContain('a.yaml:7:3  lead_agency.cheif: unknown field `cheif`');
    expect(first).toContain('hint:');
  });

  it('should report every problem in one run, in file order', () => {
    const text = valid
      .replace('state: CA', 'state: California')
      .replace('hipaa_status: covered-entity', 'hipaa_status: 3')
      .replace('models: [co-responder]', 'models: []');
    const found = lines(text);
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^a\.yaml:3:10 {2}jurisdiction\.state: expected one of AL, AK/);
    expect(found[1]).toMatch(/^a\.yaml:11:19 {2}partners\[0\]\.hipaa_status:/);
    expect(found[2]).toMatch(/^a\.yaml:14:11 {2}program\.models: expected at least one program model/);
  });

  it('should report broken YAML with its position and read nothing', () => {
    const result = parseAnswers('jurisdiction:\n  name: [unclosed\n  state: CA\n', 'b.yaml');
    expect(result.answers).toBeNull();
    expect(result.diagnostics[0]).toMatchObject({
      file: 'b.yaml',
      line: expect.any(Number),
      severity: 'error',
    });
    expect(formatDiagnostic(result.diagnostics[0]!)).toMatch(/^b\.yaml:\d+:\d+ {2}cannot read YAML: /);
  });

  it('should hint at the allowed value an answer resembles, without repeating the answer', () => {
    const lower = parseAnswers(valid.replace('state: CA', 'state: ca'), 'a.yaml').diagnostics;
    expect(lower).toHaveLength(1);
    expect(lower[0]?.hint).toBe('did you mean `CA`? Write it exactly as listed');
    const spaced = parseAnswers(valid.replace('type: municipal-police', 'type: Municipal Police'), 'a.yaml');
    expect(spaced.diagnostics[0]?.hint).toContain('`municipal-police`');
    const short = parseAnswers(
      valid.replace('hipaa_status: covered-entity', 'hipaa_status: covered'),
      'a.yaml',
    );
    expect(short.diagnostics[0]?.hint).toBe('did you mean `covered-entity`?');
    const name = parseAnswers(valid.replace('state: CA', 'state: Vermont'), 'a.yaml').diagnostics;
    expect(name[0]?.hint).toBe('the allowed values that start with V: VT, VA, VI');
    expect(formatDiagnostic(name[0]!)).not.toContain('Vermont');
  });

  it('should say how to write a date written month/day/year', () => {
    const found = lines(`${valid}agreement:\n  effective_date: 07/01/2026\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('a.yaml:16:19  agreement.effective_date: expected a date as YYYY-MM-DD');
    expect(found[0]).toContain("hint: write the year first, then month and day, in quotes: '2026-07-01'");
  });

  it('should explain an over-indented line in plain words and report only the first YAML error', () => {
    const result = parseAnswers(
      valid.replace('  type: municipal-police', '   type: municipal-police'),
      'a.yaml',
    );
    expect(result.answers).toBeNull();
    expect(result.diagnostics).toHaveLength(1);
    const [line] = result.diagnostics.map(formatDiagnostic);
    expect(line).toMatch(
      /^a\.yaml:5:9 {2}cannot read YAML: this value is read as the start of a group of fields/,
    );
    expect(line).toContain('check that the next line is not indented further than this one');
    expect(line).toContain('1 more YAML problem after it');
    expect(line).not.toMatch(/compact mappings|Implicit keys/);
  });

  it('should tell to quote a text that contains a colon', () => {
    const [line] = lines(valid.replace('name: Test Clinic', 'name: Clinic: North'));
    expect(line).toMatch(/^a\.yaml:9:11 {2}cannot read YAML: /);
    expect(line).toContain('in quotes');
  });

  it('should name a tab used as indentation', () => {
    const [line] = lines(valid.replace('  state: CA', '\tstate: CA'));
    expect(line).toMatch(/^a\.yaml:3:1 {2}cannot read YAML: a tab is used to indent this line/);
    expect(line).toContain('replace the tab with spaces');
  });

  it('should name a field written twice', () => {
    expect(lines(valid.replace('  state: CA', '  state: CA\n  state: OR'))).toEqual([
      'a.yaml:4:3  cannot read YAML: this field appears twice in the same group\n    hint: keep one of the two lines',
    ]);
  });

  it('should reject a reference to a partner id that does not exist', () => {
    const text = `${valid}staffing:\n  clinician_employer: clinc\n`;
    expect(lines(text)).toEqual([
      'a.yaml:16:23  staffing.clinician_employer: no partner has the id `clinc`, expected `lead` or a partner id (clinic)',
    ]);
  });

  it('should reject a partner id used twice, and the reserved id lead, at the second id', () => {
    const second = `  - id: clinic
    name: Second Clinic
    type: nonprofit-provider
    hipaa_status: covered-entity
    part2_status: not-part2
`;
    const twice = valid.replace('program:', `${second}program:`);
    expect(lines(twice)).toEqual([
      'a.yaml:13:9  partners[1].id: partner id `clinic` is used twice (or is the reserved `lead`), expected a unique id',
    ]);
    expect(lines(valid.replace('  - id: clinic', '  - id: lead'))).toEqual([
      'a.yaml:8:9  partners[0].id: partner id `lead` is used twice (or is the reserved `lead`), expected a unique id',
    ]);
  });

  it('should keep dates as written, whatever the time zone', () => {
    const result = parseAnswers(`${valid}agreement:\n  effective_date: 2026-07-01\n`, 'a.yaml');
    expect(result.answers?.agreement.effective_date).toBe('2026-07-01');
  });

  it('should never put an answer value into an error message', () => {
    const text = valid.replace('name: Test Clinic', 'name: 12345');
    const found = lines(text).join('\n');
    expect(found).toContain('partners[0].name: expected a text, got a number');
    expect(found).not.toContain('12345');
  });
});

describe('parseAnswers, the order and place of problems', () => {
  it('should report problems in file order when the file is written in another order than the schema', () => {
    // The schema checks jurisdiction before program; this file writes program first.
    const text = `program:
  models: []
partners:
  - id: clinic
    name: Test Clinic
    type: nonprofit-provider
    hipaa_status: 3
    part2_status: not-part2
lead_agency:
  name: Test Police Department
  type: municipal-police
jurisdiction:
  name: Test City
  state: California
`;
    const found = lines(text);
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^a\.yaml:2:11 {2}program\.models: /);
    expect(found[1]).toMatch(/^a\.yaml:7:19 {2}partners\[0\]\.hipaa_status: /);
    expect(found[2]).toMatch(/^a\.yaml:14:10 {2}jurisdiction\.state: /);
  });

  it('should order two problems on one line by column', () => {
    const text = valid.replace('  models: [co-responder]', '  models: [co-responders, cit-team]');
    const found = parseAnswers(text, 'a.yaml').diagnostics;
    expect(found.map((d) => [d.line, d.column])).toEqual([
      [14, 12],
      [14, 27],
    ]);
  });

  it('should place an unclosed quotation mark where the reader gave up, and say it opened above', () => {
    const result = parseAnswers('jurisdiction:\n  name: "Test City\n  state: CA\n', 'b.yaml');
    expect(result.answers).toBeNull();
    expect(result.diagnostics).toEqual([
      {
        severity: 'error',
        file: 'b.yaml',
        line: 4,
        column: 1,
        message: 'cannot read YAML: Missing closing "quote',
        hint: 'a quotation mark or bracket opened above this point is never closed: close it on the line where it opens',
      },
    ]);
  });

  it('should place an unclosed bracket at the line the reader stopped on', () => {
    const result = parseAnswers('jurisdiction:\n  name: [unclosed\n  state: CA\n', 'b.yaml');
    expect(result.diagnostics.map((d) => [d.line, d.column])).toEqual([[3, 3]]);
  });
});
