import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/answers/read-answers.js';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';

const valid = `jurisdiction:
  name: Test City
  state: CA
lead_agency:
  name: Test Police Department
  type: municipal-police
partners:
  - id: clinic
    name: Test Clinic
    type: nonprofit-provider
    hipaa_status: covered-entity
    part2_status: not-part2
program:
  models: [co-responder]
`;

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
      'a.yaml:11:19  partners[0].hipaa_status: expected one of covered-entity, hybrid-entity, business-associate, not-covered, unknown',
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

  it('should reject a reference to a partner id that does not exist', () => {
    const text = `${valid}staffing:\n  clinician_employer: clinc\n`;
    expect(lines(text)).toEqual([
      'a.yaml:16:23  staffing.clinician_employer: no partner has the id `clinc`, expected `lead` or a partner id (clinic)',
    ]);
  });

  it('should keep dates as written, whatever the time zone', () => {
    const result = parseAnswers(`${valid}agreement:\n  effective_date: 2026-07-01\n`, 'a.yaml');
    expect(result.answers?.agreement.effective_date).toBe('2026-07-01');
  });

  it('should never put an answer value into an error message', () => {
    const text = valid.replace('name: Test Clinic', 'name: 12345');
    const found = lines(text).join('\n');
    expect(found).toContain('partners[0].name: expected a text, got number');
    expect(found).not.toContain('12345');
  });
});
