import { describe, expect, it } from 'vitest';
import { isRequired, type Field } from '../../src/interview/questions-from-schema.js';
import { interviewFields } from '../../src/interview/run-interview.js';
import { SECTIONS } from '../../src/interview/sections.js';

function leaves(fields: Field[]): Field[] {
  return fields.flatMap((f) =>
    f.type === 'leaf' ? [f] : f.type === 'group' ? leaves(f.fields) : leaves(f.item),
  );
}

describe('questions from the schema', () => {
  const fields = interviewFields();

  it('should put every top-level part of the answers into a known section', () => {
    const known = new Set(SECTIONS.map((s) => s.id));
    for (const field of fields) expect(known.has((field as { section?: string }).section ?? '')).toBe(true);
    expect(fields.map((f) => f.key)).not.toContain('revisions');
  });

  it('should give every question a prompt from the schema metadata', () => {
    for (const leaf of leaves(fields))
      if (leaf.type === 'leaf') expect(leaf.meta.prompt.length).toBeGreaterThan(2);
  });

  it('should find the repeating groups with their item fields', () => {
    const partners = fields.find((f) => f.key === 'partners');
    expect(partners).toMatchObject({ type: 'list', min: 1 });
    const keys = partners?.type === 'list' ? partners.item.map((f) => f.key) : [];
    expect(keys).toEqual(
      expect.arrayContaining(['id', 'name', 'type', 'hipaa_status', 'part2_status', 'signatory']),
    );
  });

  it('should read kinds, choices and labels from the field builders', () => {
    const all = leaves(fields);
    const byKey = (key: string) => all.find((f) => f.key === key);
    expect(byKey('population')).toMatchObject({ kind: 'int', nullable: true });
    expect(byKey('clinician_fte')).toMatchObject({ kind: 'number' });
    expect(byKey('effective_date')).toMatchObject({ kind: 'date' });
    expect(byKey('goals')).toMatchObject({ kind: 'text-list' });
    expect(byKey('models')).toMatchObject({ kind: 'choices' });
    expect(byKey('hipaa_status')).toMatchObject({ kind: 'choice', nullable: false });
    const hipaa = byKey('hipaa_status');
    expect(hipaa?.type === 'leaf' && hipaa.meta.choices?.['covered-entity']).toBe('HIPAA covered entity');
  });

  it('should call required only what the answers file cannot do without', () => {
    const required = leaves(fields)
      .filter(isRequired)
      .map((f) => f.key);
    expect(required).toEqual(
      expect.arrayContaining(['name', 'state', 'type', 'id', 'hipaa_status', 'part2_status', 'models']),
    );
    expect(required).not.toContain('county');
    expect(required).not.toContain('cit_every_shift');
  });
});
