import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answersObject } from '../../src/answers/schema.js';
import { GENERAL_ORDERS } from '../../src/answers/general-orders.js';
import { fillerOfBlank, listedPaths } from '../../src/document/blank-fields.js';
import { fieldsOf, type Field } from '../../src/interview/questions-from-schema.js';
import { loadTemplates } from '../../src/templating/load-templates.js';
import { EXAMPLES, renderExample } from '../support/render.js';

function templateFiles(dir = 'templates'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? templateFiles(join(dir, entry.name))
      : entry.name.endsWith('.hbs')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** Every blank label a template writes: `[[?LABEL]]`, and the label of each `fill`/`longDate`. */
function templateBlanks(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of templateFiles()) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\[\[\?([^\]]+)\]\]/g)) found.set(m[1]!, file);
    for (const m of text.matchAll(/\{\{\s*(?:fill|longDate)\s+[^\s}]+\s+"([^"]+)"/g)) found.set(m[1]!, file);
  }
  return found;
}

function fieldExists(path: string): boolean {
  let fields: Field[] = fieldsOf(answersObject);
  for (const raw of path.replace('<document id>', 'crisis-response-policy').split('.')) {
    const key = raw.replace(/\[\]$/, '');
    const field = fields.find((f) => f.key === key);
    if (!field) return false;
    fields = field.type === 'group' ? field.fields : field.type === 'list' ? field.item : [];
  }
  return true;
}

describe('every blank says what fills it', () => {
  it('every blank a template writes has a field, or says it is drafted text or for counsel', () => {
    const blanks = templateBlanks();
    expect(blanks.size).toBeGreaterThan(100);
    const unfilled = [...blanks].filter(([label]) => fillerOfBlank(label) === null);
    expect(unfilled.map(([label, file]) => `${file}: ${label}`)).toEqual([]);
  });

  it('so does every blank the code writes, in every example and in a sparse file', async () => {
    const labels = new Set<string>();
    for (const example of EXAMPLES) {
      const { packet } = await renderExample(example, (input) => {
        if (example === 'harlan-county-rural') {
          input.information_sharing = {};
          input.partners.forEach((p) =>
            Object.assign(p, { hipaa_status: 'unknown', part2_status: 'unknown' }),
          );
        }
      });
      for (const d of packet.documents) for (const item of d.openItems) labels.add(item.label);
    }
    expect([...labels].filter((label) => fillerOfBlank(label) === null)).toEqual([]);
  });

  it('objects to a new blank that nothing fills', () => {
    expect(fillerOfBlank('NUMBER OF GOATS')).toBeNull();
    expect(fillerOfBlank('EVALUATOR')).toBe('answers: measures.evaluator');
  });

  it('names only fields the answers file has', () => {
    const paths = listedPaths();
    expect(paths.length).toBeGreaterThan(50);
    expect(paths.filter((p) => !fieldExists(p))).toEqual([]);
    expect(fieldExists('measures.evaluatr')).toBe(false);
  });

  it('has a general_orders entry for each template that is a general order', async () => {
    const { templates } = await loadTemplates('templates');
    const policies = templates.filter((t) => t.meta.kind === 'policy').map((t) => t.meta.id);
    expect(Object.keys(GENERAL_ORDERS).sort()).toEqual(policies.sort());
  });
});

describe('the open items of a draft', () => {
  it('name the field that fills each blank, and place signature blanks in their own part', async () => {
    const { packet } = await renderExample(
      'harlan-county-rural',
      (input) => {
        input.lead_agency.head = {};
      },
      ['custody-transport-policy'],
    );
    const [doc] = packet.documents;
    const item = (label: string) => doc!.openItems.find((i) => i.label === label);
    expect(item('AGENCY HEAD NAME')?.sections).toEqual(['preamble', 'Approval']);
    expect(item('AGENCY HEAD NAME')?.filler).toBe('answers: lead_agency.head.name');
    expect(item('GENERAL ORDER NUMBER')?.filler).toBe(
      'answers: general_orders.custody-transport-policy.number',
    );
  });

  it('fill a general order’s number, date and rescinded orders from general_orders', async () => {
    const { markdown, packet } = await renderExample(
      'riverbend-city',
      (input) => {
        input.lead_agency.general_order_prefix = 'GO';
        input.general_orders = {
          'custody-transport-policy': {
            number: '4.12',
            effective_date: '2027-03-01',
            rescinds: 'GO 4.10 (2019)',
          },
        };
      },
      ['custody-transport-policy', 'idd-encounter-policy'],
    );
    const custody = markdown.get('custody-transport-policy') ?? '';
    expect(custody).toContain('| Number | GO 4.12 |');
    expect(custody).toContain('| Effective date of this order | March 1, 2027 |');
    expect(custody).toContain('| Rescinds | GO 4.10 (2019) |');
    expect(custody).not.toMatch(/GENERAL ORDER NUMBER|ORDERS RESCINDED/);
    // Another order keeps its blanks, with the prefix before the number's blank.
    expect(markdown.get('idd-encounter-policy')).toContain('| Number | GO **\\[GENERAL ORDER NUMBER\\]** |');
    expect(
      packet.documents
        .find((d) => d.template.meta.id === 'idd-encounter-policy')
        ?.openItems.map((i) => i.label),
    ).toContain('GENERAL ORDER NUMBER');
  });
});
