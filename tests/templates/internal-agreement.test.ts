import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { answersSchema, type AnswersInput } from '../../src/answers/schema.js';
import { renderPacket } from '../../src/build.js';
import { markdownOf } from '../../src/writers/markdown/write-markdown.js';

// Counsel cold read, Juniper Falls County (docs/reviews/2026-12-02-juniper-falls-counsel.md,
// finding 0): the MOUs signed only by the Sheriff's Office and the Behavioral Health Department,
// two units of one County, made the County contract with itself.
function juniperFalls(): AnswersInput {
  const url = new URL('../../docs/reviews/2026-12-02-juniper-falls-county.yaml', import.meta.url);
  return parseDocument(readFileSync(url, 'utf8')).toJS() as AnswersInput;
}

async function drafts(input: AnswersInput, only: string[]): Promise<Map<string, string>> {
  const packet = await renderPacket(answersSchema.parse(input), { only, sourceDateEpoch: undefined });
  return new Map(packet.documents.map((d) => [d.template.meta.id, markdownOf(d.document)]));
}

const MOUS = ['co-responder-mou', 'crisis-coordination-mou', 'cit-mou'];

/** Clauses that only work between distinct entities, by the words that give each away. */
const BETWEEN_ENTITIES_ONLY: [string, RegExp][] = [
  ['indemnity', /\*\*Mutual indemnification\.\*\*|shall be required to defend or indemnify another/],
  ['tort claims act allocation', /\*\*Tort claims act\.\*\*/],
  ['withdrawal on notice', /\*\*Withdrawal\.\*\*|right to withdraw/],
  ['mediation', /\*\*Mediation\.\*\*/],
  ['independent entity', /remains an independent entity/],
];

describe('an MOU signed only by units of one County (Juniper Falls)', () => {
  it.each(MOUS)('frames the %s as an internal operating agreement the County adopts', async (id) => {
    const text = (await drafts(juniperFalls(), [id])).get(id)!;
    expect(text).toMatch(/^# .* Internal Operating Agreement$/m);
    expect(text).not.toContain('Memorandum of Understanding\n');
    expect(text).toContain('is adopted by Juniper Falls County for the following of its units');
    expect(text).toContain(
      'The Parties are units of Juniper Falls County, which cannot contract with itself.',
    );
    expect(text).toMatch(/^## \d+\. Adoption <!-- clause adoption -->$/m);
    // The Board's approval, cited alike by both units, is carried; each unit head signs once.
    expect(text).toContain(
      'The governing body of Juniper Falls County approved this Agreement: Approved by the Juniper Falls County Board of Commissioners, Order 2026-41.',
    );
    expect(text).toContain('**Juniper Falls County, Sheriff’s Office**');
    expect(text).toContain('**Juniper Falls County, Behavioral Health Department**');
    // One County: attested once, approved as to form once.
    const attest = text.slice(text.indexOf('**Attest:**'), text.indexOf('**Approved as to form:**'));
    expect(attest.match(/\*\*Juniper Falls County\*\*/g)).toHaveLength(1);
    const form = text.slice(text.indexOf('**Approved as to form:**'), text.indexOf('## Revision History'));
    expect(form.match(/\*\*Juniper Falls County\*\*/g)).toHaveLength(1);
    for (const [clause, words] of BETWEEN_ENTITIES_ONLY) expect(text, clause).not.toMatch(words);
  });

  it('leaves the Board’s approval a visible blank when the units cite different authority', async () => {
    const input = juniperFalls();
    input.partners![0]!.signatory!.authority = 'Delegation by the County Administrator, 2026';
    const text = (await drafts(input, ['co-responder-mou'])).get('co-responder-mou')!;
    expect(text).toContain(
      'The governing body of Juniper Falls County approved this Agreement: **\\[GOVERNING BODY APPROVAL OF THIS AGREEMENT\\]**.',
    );
    expect(text).toMatch(/^- \*\*\\\[GOVERNING BODY APPROVAL OF THIS AGREEMENT\\\]\*\* \(Section /m);
  });

  it('returns to an agreement between entities, with its liability and withdrawal terms, once an outside entity signs', async () => {
    const input = juniperFalls();
    input.partners![1]!.signs = { 'co-responder-mou': true, 'information-sharing-agreement': true };
    const text = (await drafts(input, ['co-responder-mou'])).get('co-responder-mou')!;
    expect(text).toContain('# Co-Responder Program Memorandum of Understanding\n');
    expect(text).toContain('**Tort claims act.**');
    expect(text).toContain('**Withdrawal.**');
    expect(text).not.toContain('cannot contract with itself');
  });

  it('keeps the information-sharing agreement, which the crisis line also signs, an agreement between entities', async () => {
    const text = (await drafts(juniperFalls(), ['information-sharing-agreement'])).get(
      'information-sharing-agreement',
    )!;
    expect(text).toContain('**Mediation.**');
    // One County party, acting through both units, and the crisis line: not two County parties.
    expect(text).toContain(
      '- Juniper Falls County, acting by and through its Sheriff’s Office and its Behavioral Health Department (its Sheriff’s Office is the Agency);\n- High Desert Crisis Line.',
    );
    expect(text).not.toMatch(
      /^- Juniper Falls County, acting by and through its Behavioral Health Department[.;]$/m,
    );
    expect(text).toMatch(/^## \d+\. Signatures <!-- clause signatures -->$/m);
    // The County signs through two units but is attested and approved as to form once.
    const attest = text.slice(text.indexOf('**Attest:**'), text.indexOf('**Approved as to form:**'));
    expect(attest.match(/\*\*Juniper Falls County\*\*/g)).toHaveLength(1);
  });
});

describe('a County that signs a contract through two units signs it once (Juniper Falls ISA, ISA-20)', () => {
  const signatures = (text: string) =>
    text.slice(text.search(/^## \d+\. Signatures/m), text.indexOf('**Attest:**'));

  it('gives the County one authority line and one signature block, with blanks when no one is named for it', async () => {
    const isa = (await drafts(juniperFalls(), ['information-sharing-agreement'])).get(
      'information-sharing-agreement',
    )!;
    const block = signatures(isa);
    expect(block.match(/^\*\*Juniper Falls County\*\*$/gm)).toHaveLength(1);
    expect(block).toContain(
      '- Juniper Falls County, acting by and through its Sheriff’s Office and its Behavioral Health Department: Approved by the Juniper Falls County Board of Commissioners, Order 2026-41.\n- High Desert Crisis Line:',
    );
    // Neither unit head signs the contract for the County unless the answers name them for it.
    expect(block).not.toContain('Halvard Mbeki-Lindqvist');
    expect(block).not.toContain('Odalys Fairweather');
    expect(block).toContain(
      '**Juniper Falls County**\n\nBy: ________________________________  \nName: **\\[SIGNATORY NAME\\]**',
    );
    expect(isa).toMatch(/answers: [^)]*agreement\.entity\\_signatories\\\[\\\]\.name\)/);
  });

  it('signs by the person agreement.entity_signatories names for the County', async () => {
    const input = juniperFalls();
    input.agreement = {
      ...input.agreement,
      entity_signatories: [
        {
          legal_entity: 'juniper falls county',
          name: 'Rosalind Achterberg',
          title: 'Chair, Board of Commissioners',
        },
      ],
    };
    const block = signatures(
      (await drafts(input, ['information-sharing-agreement'])).get('information-sharing-agreement')!,
    );
    expect(block).toContain(
      '**Juniper Falls County**\n\nBy: ________________________________  \nName: Rosalind Achterberg  \nTitle: Chair, Board of Commissioners',
    );
    // No authority given for the entity: the Order both units cite stays its authority.
    expect(block).toContain(
      'Behavioral Health Department: Approved by the Juniper Falls County Board of Commissioners, Order 2026-41.',
    );
  });

  it('refuses an entity signatory for an entity that no two organizations belong to', () => {
    const input = juniperFalls();
    input.agreement = { ...input.agreement, entity_signatories: [{ legal_entity: 'Juniper Falls City' }] };
    const result = answersSchema.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find(
      (i) => i.path.join('.') === 'agreement.entity_signatories.0.legal_entity',
    );
    expect(issue?.message).toBe(
      '`Juniper Falls City` is not the legal entity of two or more organizations, expected the legal_entity of two or more organizations (Juniper Falls County)',
    );
  });
});

describe('order of precedence in an internal operating agreement', () => {
  it('yields to the governing body’s own actions and cites the coordination instrument by its title', async () => {
    const text = (await drafts(juniperFalls(), ['co-responder-mou'])).get('co-responder-mou')!;
    const clause = text.slice(text.indexOf('**Order of precedence.**'), text.indexOf('**Severability.**'));
    expect(clause).toContain(
      'It does not change an ordinance, order, resolution or policy of the governing body of Juniper Falls County',
    );
    expect(clause).toContain(
      'the instrument titled “Mobile Crisis and 911–988 Coordination Internal Operating Agreement”',
    );
    expect(clause).not.toMatch(/Memorandum of Understanding|memorandum of understanding/);
    expect(clause).toContain('the head of the Party that issued it shall amend it');
  });

  it('in the ISA, cites the coordination instrument as the County adopts it', async () => {
    const isa = (await drafts(juniperFalls(), ['information-sharing-agreement'])).get(
      'information-sharing-agreement',
    )!;
    expect(isa).toContain(
      'the agreement titled “Mobile Crisis and 911–988 Coordination Internal Operating Agreement”',
    );
    expect(isa).not.toContain('Coordination Memorandum of Understanding');
  });
});

describe('the running header and file title of an internal operating agreement', () => {
  it('names the instrument the heading names, not an MOU', async () => {
    const packet = await renderPacket(answersSchema.parse(juniperFalls()), {
      only: ['crisis-coordination-mou', 'cit-mou', 'dispatch-protocol'],
      sourceDateEpoch: undefined,
    });
    const meta = new Map(packet.documents.map((d) => [d.template.meta.id, d.document.meta]));
    expect(meta.get('crisis-coordination-mou')).toMatchObject({
      title: 'Mobile Crisis and 911–988 Coordination Internal Operating Agreement',
      shortTitle: 'Mobile Crisis and 911–988 Coordination Internal Operating Agreement',
    });
    expect(meta.get('cit-mou')!.shortTitle).toBe('CIT Partnership Internal Operating Agreement');
    // A short title that names no kind of instrument stays as the template gives it.
    expect(meta.get('dispatch-protocol')!.shortTitle).toBe('Call-Taking and Dispatch (911 and 988)');
  });
});
