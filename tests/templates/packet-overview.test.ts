import { describe, expect, it } from 'vitest';
import { renderedExample, renderExample } from '../support/render.js';
import { ESSENTIAL_ELEMENTS } from '../../src/answers/enums.js';

const ID = 'packet-overview';

// The overview needs the whole packet; an example as shipped is rendered once for the file.
async function overview(name: string, mutate?: Parameters<typeof renderExample>[1]) {
  const { packet, markdown } = await (mutate ? renderExample(name, mutate) : renderedExample(name));
  const text = markdown.get(ID);
  if (text === undefined) throw new Error(`${ID} was not rendered for ${name}`);
  return { packet, text };
}

/** A section of the overview, from its heading to the next. */
function section(text: string, heading: string): string {
  const start = text.indexOf(heading);
  if (start < 0) throw new Error(`no section ${heading}`);
  const end = text.indexOf('\n## ', start + heading.length);
  return text.slice(start, end < 0 ? undefined : end);
}

/** The essential-elements matrix: element name -> the cell listing the documents. */
function matrix(text: string): Map<string, string> {
  const rows = section(text, 'The Ten Essential Elements')
    .split('\n')
    .filter((l) => /^\| \d+ \|/.test(l));
  return new Map(rows.map((r) => r.split(' | ')).map(([, name, cell]) => [name!, cell!.replace(/ \|$/, '')]));
}

describe('packet overview', () => {
  it('comes first in the packet and builds with no defined-term warning', async () => {
    const { packet } = await overview('riverbend-city');
    expect(packet.documents[0]!.template.meta.id).toBe(ID);
    expect(packet.warnings.filter((w) => w.file?.includes(`${ID}/`))).toEqual([]);
  });

  it('shows all ten essential elements covered for the fullest example, against the real packet', async () => {
    const { text } = await overview('riverbend-city');
    const rows = matrix(text);
    expect([...rows.keys()]).toEqual(Object.values(ESSENTIAL_ELEMENTS));
    for (const [name, cell] of rows) expect(cell, name).not.toContain('no document yet');
    expect(text).toContain('**All covered.**');
    expect(text).not.toContain('**Not yet covered.**');
  });

  it('lists every other draft of the build, and only those', async () => {
    const { packet, text } = await overview('harlan-county-rural');
    const table = section(text, 'Documents in This Packet');
    for (const d of packet.documents.filter((d) => d.template.meta.id !== ID)) {
      // The document's own title (the dispatch protocol names itself a joint operating procedure).
      expect(table).toContain(`| ${d.document.meta.title} |`);
    }
    expect(table).not.toContain('| Packet Overview |');
  });

  it('moves a document from the packet to the skipped list, and out of the matrix, when its model is removed', async () => {
    const before = await overview('harlan-county-rural');
    expect(section(before.text, 'Documents in This Packet')).toContain(
      '| General Order: Homeless Outreach and Engagement | the program includes: homeless outreach team |',
    );
    expect(matrix(before.text).get('Program design')).toContain(
      'General Order: Homeless Outreach and Engagement',
    );

    const after = await overview('harlan-county-rural', (a) => {
      a.program.models = ['co-responder', 'follow-up'];
    });
    const docs = section(after.text, 'Documents in This Packet');
    expect(docs).not.toContain('| General Order: Homeless Outreach and Engagement | the program');
    expect(docs).toContain(
      '| General Order: Homeless Outreach and Engagement | it needs one of these program models: homeless outreach team |',
    );
    for (const cell of matrix(after.text).values()) expect(cell).not.toContain('Homeless Outreach');
  });

  it('names an essential element no document covers', async () => {
    // A training-only program: only the documents every program needs are generated.
    const { packet, text } = await overview('harlan-county-rural', (a) => {
      a.program.models = ['training-only'];
    });
    const generated = packet.documents.map((d) => d.template.meta);
    const uncovered = Object.entries(ESSENTIAL_ELEMENTS)
      .filter(([n]) => !generated.some((m) => m.id !== ID && m.elements.includes(Number(n))))
      .map(([, name]) => name);
    if (uncovered.length === 0) {
      expect(text).toContain('**All covered.**');
    } else {
      expect(text).toContain('**Not yet covered.**');
      for (const name of uncovered) {
        expect(matrix(text).get(name)).toBe('**no document yet**');
        expect(section(text, 'The Ten Essential Elements')).toContain(`- ${name}\n`);
      }
    }
  });

  it('lists every open item of the packet as plain text, not as blanks of its own', async () => {
    const { packet, text } = await overview('harlan-county-rural');
    const open = section(text, 'Open Items Across the Packet');
    // One row per fact, naming every document and section where it is open.
    expect(open).toMatch(
      /\| BASELINE PERIOD \| Co-Responder Program Memorandum of Understanding \(Section 12\.2\); /,
    );
    expect(open).toMatch(/Behavioral-Health Training Plan \(Sections 2\.1, 4\.1\)/);
    expect(open).not.toContain('\\[');
    expect(text).not.toContain('## Open Items\n');
    const rows = open.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Open item |'));
    const labels = new Set(packet.documents.flatMap((d) => d.openItems.map((i) => i.label)));
    expect(rows).toHaveLength(labels.size);
    for (const label of labels) expect(open).toContain(`| ${label} |`);
  });

  it('shows each party’s privacy status at a glance', async () => {
    const { text } = await overview('harlan-county-rural');
    expect(text).toContain(
      '| High Desert Recovery & Wellness Center | nonprofit behavioral-health provider | Co-Responder Program MOU, CIT Partnership MOU, Mobile Crisis and 911–988 Coordination MOU, and Information-Sharing Agreement | HIPAA covered entity | federally assisted substance use disorder program under 42 CFR Part 2 |',
    );
    expect(text).toContain(
      '- 42 CFR Part 2, because at least one partner is a federally assisted substance use disorder program;',
    );
    const unknown = await overview('harlan-county-rural', (a) => {
      a.partners[0]!.part2_status = 'unknown';
    });
    expect(unknown.text).toContain('The privacy status of at least one organization is not yet determined.');
  });

  it('shows missing facts as “not yet given” rather than as blanks', async () => {
    const { text } = await overview('harlan-county-rural');
    expect(text).toContain('| Effective date | *not yet given* (of the agreements;');
  });

  it('ends with the revision history of the answers, when they list one', async () => {
    const { text } = await overview('riverbend-city');
    expect(text).toContain('## Revision History');
    expect(text).toContain('| 2026.2 | December 15, 2026 | Added the 911 center as a party');
    const none = await overview('harlan-county-rural');
    expect(none.text).not.toContain('## Revision History');
    expect(none.text).toContain('The answers list no revision yet.');
  });

  it('names reviewing counsel and the signing parties without dropping articles', async () => {
    const { text } = await overview('riverbend-city');
    expect(text).toContain(
      'Counsel for the Riverbend Police Department (Riverbend City Attorney) reviews the drafts',
    );
    expect(text).toContain(
      'through the signatory named in its signature block: Riverbend Police Department, Rio Verde County Behavioral Health Department, and Riverbend Regional Emergency Communications Center.',
    );
  });
});
