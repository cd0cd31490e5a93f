import { describe, expect, it } from 'vitest';
import { parseYaml, updateYaml } from '../../src/interview/update-yaml.js';

const FILE = `# Riverbend answers, kept by the program coordinator
schema_version: 1
jurisdiction:
  name: City of Riverbend # the legal name
  state: CA
x-notes: keep me # not part of the schema
partners:
  - id: rcbh
    name: RCBH # county department
    type: county-behavioral-health
  - id: old
    name: Old partner
`;

describe('updating the answers file', () => {
  it('should keep comments, key order and unrelated content', () => {
    const doc = parseYaml(FILE);
    const draft = doc.toJS() as Record<string, unknown>;
    (draft.jurisdiction as Record<string, unknown>).county = 'Riverbend County';
    updateYaml(doc, draft);
    expect(String(doc)).toBe(FILE.replace('  state: CA\n', '  state: CA\n  county: Riverbend County\n'));
  });

  it('should change a value in place, keeping its comment', () => {
    const doc = parseYaml(FILE);
    const draft = doc.toJS() as { jurisdiction: { name: string } };
    draft.jurisdiction.name = 'City of New Riverbend';
    updateYaml(doc, draft);
    expect(String(doc)).toContain('  name: City of New Riverbend # the legal name\n');
  });

  it('should remove list items removed in the interview and add new ones', () => {
    const doc = parseYaml(FILE);
    const draft = doc.toJS() as { partners: Record<string, unknown>[] };
    draft.partners.splice(1, 1);
    draft.partners.push({ id: 'ems', name: 'County EMS', type: 'ems' });
    updateYaml(doc, draft);
    const text = String(doc);
    expect(text).not.toContain('Old partner');
    expect(text).toContain('    name: RCBH # county department\n');
    expect(text).toContain('  - id: ems\n    name: County EMS\n    type: ems\n');
  });

  it('should write into an empty document', () => {
    const doc = parseYaml('');
    updateYaml(doc, { schema_version: 1, jurisdiction: { name: 'X', county: null } });
    expect(String(doc)).toBe('schema_version: 1\njurisdiction:\n  name: X\n  county: null\n');
  });
});
