import { describe, expect, it } from 'vitest';
import { renderExample } from '../support/render.js';

const ID = 'performance-measurement-plan';

// Renders the plan alone: it reads no other draft, so the rest of the packet is not built.
async function plan(name: string, mutate?: Parameters<typeof renderExample>[1]) {
  const { packet, markdown } = await renderExample(name, mutate, [ID]);
  const text = markdown.get(ID);
  if (text === undefined) throw new Error(`${ID} was not rendered for ${name}`);
  return { packet, text };
}

/** The rows of the measures table (Section 4.1), by their first cell. */
function measureRows(text: string): string[] {
  const table = text
    .split('| Measure | Definition | Data source and who collects it |')[1]!
    .split('\n\n')[0]!;
  return table
    .split('\n')
    .slice(2)
    .map((row) => row.split(' | ')[0]!.replace(/^\| /, ''));
}

describe('performance-measurement plan', () => {
  it('applies to every example and builds with no defined-term warning', async () => {
    for (const name of ['riverbend-city', 'harlan-county-rural']) {
      const { packet, text } = await plan(name);
      expect(text).toContain('## 4. Measures');
      expect(packet.warnings.filter((w) => w.file?.includes(`${ID}/`))).toEqual([]);
    }
  });

  it('has one row, with a definition, per measure chosen', async () => {
    const { text } = await plan('harlan-county-rural');
    expect(measureRows(text)).toEqual([
      'mental-health-related call volume and share of all calls',
      'dispositions of encounters',
      'repeat contacts with the same person',
      'referrals made and kept, and follow-up contacts',
      'housing placements',
    ]);
    expect(text).not.toContain('[[?DEFINITION]]');
    expect(text).not.toContain('\\[DEFINITION\\]');
  });

  it('follows a changed choice of measures, in the table and in the logic model', async () => {
    const { text } = await plan('harlan-county-rural', (a) => {
      a.measures!.selected = ['cost-per-response', 'use-of-force'];
    });
    expect(measureRows(text)).toEqual([
      'cost per response',
      'use of force and injuries to the person and to officers',
    ]);
    expect(text).toContain('divided by the number of Program responses');
    expect(text).toContain('no selected measure counts outputs');
    expect(text).not.toContain('| housing placements |');
    expect(text).not.toContain('- housing placements\n');
  });

  it('gives every measure the tool offers a definition', async () => {
    const all = [
      'call-volume',
      'responder-type',
      'response-time',
      'officer-hours',
      'dispositions',
      'use-of-force',
      'repeat-contacts',
      'connections-to-care',
      'transfer-wait',
      'training-coverage',
      '988-transfers',
      'housing-placements',
      'cost-per-response',
      'satisfaction',
      'equity',
    ] as const;
    const { text } = await plan('riverbend-city', (a) => {
      a.measures!.selected = [...all];
    });
    expect(measureRows(text)).toHaveLength(all.length);
    expect(text).not.toContain('\\[DEFINITION\\]');
  });

  it('reports at the answers’ cadence, or leaves the cadence blank', async () => {
    expect((await plan('riverbend-city')).text).toContain('to the steering committee quarterly');
    const open = await plan('riverbend-city', (a) => {
      a.measures!.reporting_cadence = null;
    });
    expect(open.text).toContain('to the steering committee **\\[REPORTING FREQUENCY\\]**');
  });

  it('uses the baseline period and the evaluator from the answers', async () => {
    const { text } = await plan('riverbend-city');
    expect(text).toContain('baseline drawn from calendar year 2025');
    expect(text).toContain(
      'evaluated by the Center for Public Safety Research at Rio Verde State University (the “**Evaluator**”)',
    );
    const open = await plan('harlan-county-rural');
    expect(open.text).toContain('**\\[BASELINE PERIOD\\]**');
    expect(open.text).toContain('**\\[EVALUATOR\\]**');
  });

  it('lists HMIS as a data source only when HMIS records are shared', async () => {
    expect((await plan('harlan-county-rural')).text).toContain(
      'Homeless Management Information System (HMIS)',
    );
    const off = await plan('harlan-county-rural', (a) => {
      a.information_sharing!.hmis = false;
    });
    expect(off.text).not.toContain('HMIS');
  });

  it('publishes a dashboard only when the answers say so', async () => {
    expect((await plan('riverbend-city')).text).toContain('**Public dashboard.**');
    const off = await plan('riverbend-city', (a) => {
      a.measures!.public_dashboard = false;
    });
    expect(off.text).not.toContain('**Public dashboard.**');
    expect(off.text).toContain('**Public reporting.**');
  });

  it('adds Part 2 and CJIS data-use terms only where they apply', async () => {
    const ca = await plan('riverbend-city');
    expect(ca.text).toContain('28 CFR Part 20');
    expect(ca.text).not.toContain('42 CFR 2.53');
    const or = await plan('harlan-county-rural');
    expect(or.text).toContain('42 CFR 2.53');
    expect(or.text).not.toMatch(/CJIS/);
  });

  it('defines the behavioral-health call once, with the answers’ CAD codes', async () => {
    const { text } = await plan('riverbend-city');
    expect(text.match(/“\*\*Behavioral-Health Call\*\*”/g)).toHaveLength(1);
    expect(text).toContain('| BHC | behavioral-health call suitable for the co-responder unit |');
  });

  it('keeps the measures table to three columns that fit the page, with the cadence stated once', async () => {
    const { text } = await plan('riverbend-city', (a) => {
      a.measures!.selected = ['call-volume', 'cost-per-response'];
    });
    expect(text).toContain(
      'The Program reports the following measures quarterly, unless a row says otherwise.',
    );
    expect(text).toContain('| CAD; held by Riverbend Regional Emergency Communications Center |');
    expect(text).toContain(
      'compared with the cost of the responses it replaces where that can be estimated. Reported once a year. |',
    );
    for (const row of text.split('\n').filter((l) => l.includes('; held by '))) {
      expect(row.split(' | ')).toHaveLength(3);
    }
  });

  it('names the agency and the partners with their articles and without citing the answers file', async () => {
    const { text } = await plan('harlan-county-rural');
    expect(text).toContain('how the Harlan County Sheriff’s Office and its partners');
    expect(text).toContain(
      'The partners in this plan are the organizations that adopt it with the Agency (see the adoption block at its end):',
    );
    expect(text).toContain('held by the Rural Oregon Continuum of Care, with HDRWC');
    expect(text).toContain('**Public reporting.** The partners do not plan a public dashboard.');
    expect(text).not.toContain('The answers do not');
  });
});
