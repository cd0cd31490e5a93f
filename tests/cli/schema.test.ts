import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pmhc } from '../support/cli.js';

describe('pmhc schema', () => {
  it('should print the JSON Schema that schema/answers.schema.json holds', async () => {
    const result = await pmhc(['schema']);
    expect(result.code).toBe(0);
    // The committed copy is what editors load; regenerate with `node bin/pmhc.js schema > schema/answers.schema.json`.
    expect(result.stdout).toBe(readFileSync('schema/answers.schema.json', 'utf8'));
    const schema = JSON.parse(result.stdout);
    expect(schema.properties.partners.items.properties.hipaa_status.enum).toContain('covered-entity');
    expect(schema.required).toEqual(
      expect.arrayContaining(['jurisdiction', 'lead_agency', 'partners', 'program']),
    );
  });

  it('should be named on the first line of every example', () => {
    const examples = readdirSync('examples').filter((f) => f.endsWith('.yaml'));
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const example of examples) {
      const first = readFileSync(`examples/${example}`, 'utf8').split('\n')[0];
      expect(first, example).toBe('# yaml-language-server: $schema=../schema/answers.schema.json');
    }
  });
});

describe('pmhc validate', () => {
  it('should say each valid file is valid and exit 0', async () => {
    const result = await pmhc([
      'validate',
      'examples/riverbend-city.yaml',
      'examples/harlan-county-rural.yaml',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'examples/riverbend-city.yaml: valid\nexamples/harlan-county-rural.yaml: valid\n',
    );
  });
});
