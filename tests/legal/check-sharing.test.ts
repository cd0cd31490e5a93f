import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answersSchema, type AnswersInput } from '../../src/answers/schema.js';
import { blocksFromMarkdown } from '../../src/ast/from-markdown.js';
import type { Block } from '../../src/ast/types.js';
import { renderPacket } from '../../src/build.js';
import { UserError } from '../../src/diagnostics/errors.js';
import { packetAcronyms } from '../../src/document/expand-acronyms.js';
import { checkSharing } from '../../src/legal/check-sharing.js';
import { operativeText } from '../../src/legal/duties.js';
import { withLegalModel } from '../../src/legal/legal-model.js';
import { normalizeAnswers } from '../../src/answers/normalize.js';
import { escapeDeep } from '../../src/templating/escape-markdown.js';
import { tempDir } from '../support/cli.js';
import { exampleInput, renderExample } from '../support/render.js';

/** The sharing statements of an example's legal model, as the build computes them. */
function sharingOf(example: string, mutate: (a: AnswersInput) => void = () => {}) {
  const input = structuredClone(exampleInput(example));
  mutate(input);
  return withLegalModel(escapeDeep(normalizeAnswers(answersSchema.parse(input), '2026-12-01'))).legal.sharing;
}

/** All operative text of a draft, acronyms collapsed, as one string (an independent reader of the AST). */
function textOf(blocks: readonly Block[]): string {
  let text = operativeText(blocks)
    .map((t) => t.text)
    .join(' ')
    .replace(/\s+/g, ' ');
  for (const [acronym, expansion] of Object.entries(packetAcronyms())) {
    text = text.split(`${expansion} (${acronym})`).join(acronym);
  }
  return text;
}

const CASES: [string, string, (a: AnswersInput) => void][] = [
  ['a covered entity that is a Part 2 program', 'harlan-county-rural', () => {}],
  ['a California county clinician with CAD access', 'riverbend-city', () => {}],
  [
    'a California county clinician without CAD access',
    'riverbend-city',
    (a) => {
      a.information_sharing!.clinician_cad_access = false;
    },
  ],
  [
    'a non-signing 988 center with an integrated CAD link',
    'tri-county-cit-consortium',
    (a) => {
      a.partners!.find((p) => p.type === '988-center')!.signs_agreements = false;
    },
  ],
  [
    'a 988 link with no transfer yet',
    'tri-county-cit-consortium',
    (a) => {
      a.dispatch!.link_988 = 'none-yet';
      a.information_sharing!.clinician_cad_access = false;
    },
  ],
];

describe('every draft’s sharing statements agree with the flow model', () => {
  it.each(CASES)('%s (%s)', async (_name, example, mutate) => {
    const { packet } = await renderExample(example, mutate);
    const sharing = sharingOf(example, mutate);
    const drafts = packet.documents.filter((d) => d.template.meta.kind !== 'form');
    expect(drafts.length).toBeGreaterThan(5);
    const cadRule = sharing.cadEntries.replace(/\s+/g, ' ');
    let statingCad = 0;
    for (const draft of drafts) {
      expect(checkSharing(draft.document.blocks, sharing, packetAcronyms())).toEqual([]);
      const text = textOf(draft.document.blocks);
      // One CAD rule, word for word, wherever a draft says what goes into CAD.
      if (/records no diagnosis, medications/.test(text)) {
        statingCad += 1;
        expect(text).toContain(cadRule);
      }
      // No draft lets a clinician reach CAD that the answers keep out of it.
      if (!sharing.cjisCondition) expect(text).not.toMatch(/own access to CAD/);
      // Only the fields the model allows go to the 988 center.
      for (const sentence of text.split(/(?<=\.)\s+/)) {
        if (/to the 988 Center/.test(sentence) && /\bcarr(?:y|ies)\b/.test(sentence)) {
          expect(sentence).not.toMatch(/\bname\b|diagnos|safety plan/);
        }
      }
      // Where Part 2 records are held, each clinician-to-officer clause carries the Part 2 limits.
      if (sharing.part2ToOfficers) {
        for (const clause of operativeText(draft.document.blocks)) {
          if (/consider(?:s|ing)? the clinician['’]s assessment/i.test(clause.text)) {
            const whole = operativeText(draft.document.blocks)
              .filter((c) => c.clause === clause.clause)
              .map((c) => c.text)
              .join(' ');
            expect(whole, `${draft.template.meta.id} ${clause.clause}`).toMatch(/42 CFR (?:2\.31|Part 2)/);
          }
        }
      }
    }
    expect(statingCad).toBeGreaterThanOrEqual(3);
  });
});

describe('the sharing check objects', () => {
  const acronyms = packetAcronyms();
  const blocks = (body: string) => blocksFromMarkdown(`# T\n\n## A\n\n${body}\n`);

  it('to a second CAD rule that differs from the model’s', () => {
    const sharing = sharingOf('riverbend-city');
    const problems = checkSharing(
      blocks('1. **CAD.** CAD entries may note a diagnosis when the person agrees.'),
      sharing,
      acronyms,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.expected).toContain('one CAD rule');
  });

  it('to a transfer that sends the 988 Center a field the model does not allow', () => {
    const sharing = sharingOf('riverbend-city');
    const problems = checkSharing(
      blocks(
        '1. **Transfer.** The call-taker shall pass the caller’s name and safety plan to the 988 Center.',
      ),
      sharing,
      acronyms,
    );
    expect(problems.map((p) => p.expected)).toEqual([
      `a transfer to the 988 Center carries only ${sharing.transferInformation}`,
    ]);
  });

  it('to any transfer to the 988 Center when the answers give 911 no link to 988', () => {
    const sharing = sharingOf('harlan-county-rural');
    expect(sharing.crisisLine).toBeNull();
    const problems = checkSharing(
      blocks('1. **Transfer.** The call-taker shall pass the call-back number to the 988 Center.'),
      sharing,
      acronyms,
    );
    expect(problems[0]!.expected).toContain('no link to 988');
  });

  it('to a clinician-to-officer clause without the Part 2 limits where Part 2 records are held', () => {
    const bare = blocks(
      '1. **Hold.** The Officer shall consider the clinician’s assessment before deciding.',
    );
    expect(checkSharing(bare, sharingOf('harlan-county-rural'), acronyms)).toHaveLength(1);
    // Where no one holds Part 2 records, the same clause is fine.
    expect(checkSharing(bare, sharingOf('riverbend-city'), acronyms)).toEqual([]);
  });

  it('to a treatment basis (45 CFR 164.506(c)) for what a clinician tells officers', () => {
    const sharing = sharingOf('riverbend-city');
    const problems = checkSharing(
      blocks(
        '1. **Course.** Officers learn what clinicians may share with Officers: information for treatment (45 CFR 164.506(c)).',
      ),
      sharing,
      acronyms,
    );
    expect(problems.map((p) => p.expected)).toEqual([
      `no treatment basis for a disclosure to officers, who are not health care providers: ${sharing.hipaaToOfficers}`,
    ]);
  });

  it('by failing the build, naming the template and the section, when a template states a forbidden flow', async () => {
    const dir = join(tempDir(), 'templates');
    cpSync(join(process.cwd(), 'templates'), dir, { recursive: true });
    const file = join(dir, 'dispatch-protocol', 'template.md.hbs');
    const source = readFileSync(file, 'utf8').replace(
      '## Warm Transfer to 988\n',
      '## Warm Transfer to 988\n\n1. **Everything.** The Telecommunicator shall pass the caller’s name, diagnosis and safety plan to the [[988 Center]].\n',
    );
    writeFileSync(file, source);
    const answers = answersSchema.parse(exampleInput('riverbend-city'));
    const error = await renderPacket(answers, { only: [], templatesDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    const [diagnostic] = (error as UserError).diagnostics;
    expect(diagnostic!.file).toContain(join('dispatch-protocol', 'template.md.hbs'));
    expect(diagnostic!.message).toMatch(
      /section 7\.1 states a flow of information the legal model does not allow/,
    );
    expect(diagnostic!.message).toContain('diagnosis and safety plan');
  });
});
