import { describe, expect, it } from 'vitest';
import { rawText, write } from '../docx/read-docx.js';
import { renderExample } from '../support/render.js';

/** The text of a document from its "Signatures" (or "Adoption") heading to the next heading. */
function signaturePart(markdown: string, heading: RegExp): string {
  const start = markdown.search(heading);
  expect(start).toBeGreaterThan(0);
  const rest = markdown.slice(start);
  const end = rest.slice(3).search(/\n## /);
  return end < 0 ? rest : rest.slice(0, end + 3);
}

describe('signature blocks (counsel: approval as to form, attestation, authority)', () => {
  it('gives each signing party its own counsel’s approval line, and the City its clerk’s attestation', async () => {
    const { packet, markdown } = await renderExample('riverbend-city', () => {}, ['co-responder-mou']);
    const part = signaturePart(markdown.get('co-responder-mou')!, /^## \d+\. Signatures/m);
    expect(part).toContain(
      'City of Riverbend, acting by and through its Police Department: Authorized by Riverbend City Council',
    );
    const attest = part.slice(part.indexOf('**Attest:**'), part.indexOf('**Approved as to form:**'));
    expect(attest).toContain('**City of Riverbend**');
    expect(attest).toContain('Title: City Clerk');
    // The County's clerk has a title that differs from state to state: a blank, never a guess.
    expect(attest).toContain('Title: **\\[TITLE OF THE ATTESTING CLERK\\]**');
    const approved = part.slice(part.indexOf('**Approved as to form:**'));
    expect(approved).toContain('Title: Riverbend City Attorney');
    expect(approved).toContain('Title: Rio Verde County Counsel');
    // One office per party, in the signers' order: the lead's reviewing counsel is not reused.
    expect([...approved.matchAll(/Title: (.*)/g)].map((m) => m[1]!.trim())).toEqual([
      'Riverbend City Attorney',
      'Rio Verde County Counsel',
      'General Counsel to the RRECC Joint Powers Board',
    ]);
    // Read back from Word by an independent reader.
    const docx = await rawText((await write(packet.documents[0]!.document)).bytes);
    expect(docx).toContain('Approved as to form:');
    expect(docx).toContain('Riverbend City Attorney');
    expect(docx).toContain('Attest:');
    // The customary line introduces the blocks, after the authority list and not inside it.
    expect(docx).toMatch(
      /Resolution 2026-07\.\s+IN WITNESS WHEREOF, the Parties have signed this Agreement by their authorized representatives on the dates written below\.\s+City of Riverbend\s/,
    );
  });

  it('puts approval-as-to-form lines and authority recitals under the dispatch protocol’s adoption', async () => {
    const { markdown } = await renderExample('riverbend-city', () => {}, ['dispatch-protocol']);
    const part = signaturePart(markdown.get('dispatch-protocol')!, /^## Adoption/m);
    expect(part).toContain('authorized to adopt this Protocol for the organization named beside their name');
    expect(part).toContain('**Approved as to form:**');
    expect(part).toContain('Title: General Counsel to the RRECC Joint Powers Board');
    expect(part).toContain('Title: Riverbend City Attorney');
  });

  it('leaves the title blank for a public entity whose counsel the answers do not name', async () => {
    const { markdown } = await renderExample(
      'riverbend-city',
      (a) => {
        delete (a.lead_agency as { counsel?: string }).counsel;
      },
      ['co-responder-mou'],
    );
    const part = signaturePart(markdown.get('co-responder-mou')!, /^## \d+\. Signatures/m);
    const approved = part.slice(part.indexOf('**Approved as to form:**'));
    expect(approved).toMatch(
      /\*\*City of Riverbend\*\*[^*]*Name: \*\*\\\[NAME OF COUNSEL\\\]\*\*\s+Title: \*\*\\\[TITLE OF COUNSEL\\\]\*\*/,
    );
  });
});
