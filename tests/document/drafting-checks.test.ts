import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answersSchema } from '../../src/answers/schema.js';
import { blocksFromMarkdown } from '../../src/ast/from-markdown.js';
import { renderPacket } from '../../src/build.js';
import { UserError } from '../../src/diagnostics/errors.js';
import { conflictingDefinitions, definitionsOf } from '../../src/document/definitions-of.js';
import { undefinedTermUses } from '../../src/document/undefined-terms.js';
import { tempDir } from '../support/cli.js';
import { exampleInput } from '../support/render.js';

const FRONT = (id: string, kind = 'agreement') =>
  `---\nid: ${id}\ntitle: ${id}\nkind: ${kind}\nversion: 1.0.0\nsources: [test]\n---\n`;

/** Writes a templates folder (each entry a template body, or a partial under `partials/`). */
function templatesDir(files: Record<string, string>): string {
  const dir = join(tempDir(), 'templates');
  mkdirSync(join(dir, 'partials', 'definitions'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function buildError(dir: string): Promise<UserError> {
  const answers = answersSchema.parse(exampleInput('harlan-county-rural'));
  const error = await renderPacket(answers, { only: [], templatesDir: dir }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('one definition per term for the packet', () => {
  it('finds the "means" definitions of a document, with cross-references as labels', () => {
    const blocks = blocksFromMarkdown(
      '# T\n\n## [[@defs]]Definitions\n\n1. [[=Liaison]] means the person named under Section [[#defs]].\n\n1. This [[=Agreement]] is inline.\n',
    );
    expect(definitionsOf(blocks)).toEqual([
      { term: 'Liaison', meaning: 'the person named under Section [[#defs]].', clause: '1.1' },
    ]);
  });

  it('reports a term two documents define with different words, but not the documents’ own terms', () => {
    const doc = (facility: string, agreement: string) =>
      definitionsOf(
        blocksFromMarkdown(
          `# T\n\n## D\n\n1. [[=Receiving Facility]] means ${facility}.\n\n1. [[=Agreement]] means ${agreement}.\n`,
        ),
      );
    const conflicts = conflictingDefinitions([
      { id: 'custody', definitions: doc('a facility listed in Section 6', 'this order') },
      { id: 'crisis', definitions: doc('a facility that accepts people in crisis', 'this MOU') },
      { id: 'mou', definitions: doc('a facility listed in Section 6', 'that MOU') },
    ]);
    expect(conflicts.map((c) => [c.term, c.first.document, c.second.document])).toEqual([
      ['Receiving Facility', 'custody', 'crisis'],
    ]);
  });

  it('makes a term defined two ways in one packet a build error naming the template, line and term', async () => {
    const dir = templatesDir({
      'a/template.md.hbs': `${FRONT('a')}# A\n\n## Definitions\n\n1. [[=Receiving Facility]] means a facility listed in Section 6.\n\n1. A [[Receiving Facility]] takes people.\n`,
      'b/template.md.hbs': `${FRONT('b')}# B\n\n## Definitions\n\n1. [[=Receiving Facility]] means a facility that accepts people in crisis.\n\n1. A [[Receiving Facility]] takes people.\n`,
    });
    const [diagnostic] = (await buildError(dir)).diagnostics;
    expect(diagnostic).toMatchObject({ severity: 'error', line: 12 });
    expect(diagnostic!.file).toMatch(/b\/template\.md\.hbs$/);
    expect(diagnostic!.message).toContain('“Receiving Facility” is defined two ways in this packet');
  });

  it('accepts two documents that draw the term from one definition partial', async () => {
    const definition = '1. [[=Receiving Facility]] means a facility that accepts people in crisis.\n';
    const body = (id: string) =>
      `${FRONT(id)}# ${id}\n\n## Definitions\n\n{{> definitions/receiving-facility}}\n\n1. A [[Receiving Facility]] takes people.\n`;
    const dir = templatesDir({
      'partials/definitions/receiving-facility.md.hbs': definition,
      'a/template.md.hbs': body('a'),
      'b/template.md.hbs': body('b'),
    });
    const answers = answersSchema.parse(exampleInput('harlan-county-rural'));
    const packet = await renderPacket(answers, { only: [], templatesDir: dir });
    expect(packet.documents.map((d) => d.template.meta.id)).toEqual(['a', 'b']);
  });

  it('checks a form’s counsel sheet too: a drafter’s note that uses an undefined term is a build error', async () => {
    // The note leaves the form for its counsel sheet, a file of its own; the check still reads it.
    const dir = templatesDir({
      'f/template.md.hbs': `${FRONT('f', 'form')}# F\n\nYou may share this.\n\n> [!NOTE] Ask the [[Liaison]] first.\n`,
    });
    const [diagnostic] = (await buildError(dir)).diagnostics;
    expect(diagnostic).toMatchObject({ severity: 'error', line: 12 });
    expect(diagnostic!.file).toMatch(/f\/template\.md\.hbs$/);
    expect(diagnostic!.message).toContain('term “Liaison” is used as a defined term but never defined');
    const fine = templatesDir({
      'f/template.md.hbs': `${FRONT('f', 'form')}# F\n\nYou may share this.\n\n> [!NOTE] Ask the liaison first.\n`,
    });
    const answers = answersSchema.parse(exampleInput('harlan-county-rural'));
    const packet = await renderPacket(answers, { only: [], templatesDir: fine });
    expect(packet.documents[0]!.counselSheet?.meta.id).toBe('f-counsel-sheet');
  });

  it('makes a term defined but never used a build error', async () => {
    const dir = templatesDir({
      'a/template.md.hbs': `${FRONT('a')}# A\n\n## Definitions\n\n1. [[=Liaison]] means the person named below.\n`,
    });
    const [diagnostic] = (await buildError(dir)).diagnostics;
    expect(diagnostic).toMatchObject({ severity: 'error', line: 12 });
    expect(diagnostic!.message).toContain('“Liaison” is defined but never used');
  });
});

describe('a capitalized term used but not defined', () => {
  const terms = new Set(['Receiving Facility', 'Officer', 'Agreement', 'Program', 'HMIS']);
  const uses = (markdown: string) =>
    undefinedTermUses(blocksFromMarkdown(markdown), terms).map((u) => u.term);

  it('objects to a packet term written capitalized where the document does not define it', () => {
    expect(uses('# T\n\n## Transport\n\n1. Take the person to the nearest Receiving Facility.\n')).toEqual([
      'Receiving Facility',
    ]);
    expect(uses('# T\n\n## Scene\n\n1. Two Officers respond to the call.\n')).toEqual(['Officer']);
    expect(
      uses(
        '# T\n\n## Scene\n\n1. See the table.\n\n   | Tier | Who |\n   |---|---|\n   | 1 | Patrol and two Officers |\n',
      ),
    ).toEqual(['Officer']);
  });

  it('raises nothing for headings, run-in headings, names, titles, sentence starts or acronyms', () => {
    const markdown = [
      '# Receiving Facility Agreement',
      '',
      '## Receiving Facility Review',
      '',
      '1. **Officer safety.** Officer safety comes first. The Riverbend Receiving Facility Center is a name.',
      '1. The Information-Sharing Agreement and the “Program” of the grant are titles; so is the Program Manager.',
      '1. The Agency keeps HMIS records; an officer of the agency writes in lower case.',
      '',
      '> [!NOTE] The Officer named here is for counsel.',
      '',
    ].join('\n');
    expect(uses(markdown)).toEqual([]);
  });

  it('accepts the term where the document defines it, and a marked use', () => {
    expect(
      uses(
        '# T\n\n## D\n\n1. [[=Officer]] means a sworn officer.\n\n1. Two Officers respond; an [[Officer]] drives.\n',
      ),
    ).toEqual([]);
  });

  it('makes it a build error naming the template, line and term', async () => {
    const dir = templatesDir({
      'a/template.md.hbs': `${FRONT('a')}# A\n\n## Definitions\n\n1. [[=Receiving Facility]] means a facility.\n\n1. A [[Receiving Facility]] takes people.\n`,
      'b/template.md.hbs': `${FRONT('b', 'policy')}# B\n\n## Transport\n\n1. Take the person\n   to the nearest Receiving Facility.\n`,
    });
    const [diagnostic] = (await buildError(dir)).diagnostics;
    expect(diagnostic).toMatchObject({ severity: 'error', line: 13 });
    expect(diagnostic!.file).toMatch(/b\/template\.md\.hbs$/);
    expect(diagnostic!.message).toContain('“Receiving Facility” is capitalized as the packet');
  });
});

describe('no duty on a non-signer', () => {
  it('records a term defined in place by the words before it, and finds it defined two ways against a "means"', () => {
    const inPlace = definitionsOf(
      blocksFromMarkdown(
        '# T\n\n## P\n\n1. This order binds the members of the Town Police Department (the [[=Agency]]).\n',
      ),
    );
    expect(inPlace).toEqual([
      {
        term: 'Agency',
        meaning: '(named in place) …binds the members of the Town Police Department',
        clause: '1.1',
      },
    ]);
    const means = definitionsOf(
      blocksFromMarkdown(
        '# T\n\n## D\n\n1. [[=Agency]] means Town of X, acting by and through its Police Department.\n',
      ),
    );
    const conflicts = conflictingDefinitions([
      { id: 'mou', definitions: means },
      { id: 'order', definitions: inPlace },
    ]);
    expect(conflicts.map((c) => [c.term, c.first.document, c.second.document])).toEqual([
      ['Agency', 'mou', 'order'],
    ]);
  });

  it('makes a term one template defines in place and another with "means" a build error at its line', async () => {
    const dir = templatesDir({
      'co-responder-mou/template.md.hbs': `${FRONT('co-responder-mou')}# MOU\n\n## Definitions\n\n1. [[=Program]] means the crisis program of the town.\n\n1. The [[Program]] works.\n`,
      'crisis-response-policy/template.md.hbs': `${FRONT('crisis-response-policy', 'policy')}# Order\n\n## Purpose\n\n1. Members work in the town's crisis partnership (the [[=Program]]).\n\n1. The [[Program]] helps.\n`,
    });
    const diagnostics = (await buildError(dir)).diagnostics;
    expect(diagnostics.map((d) => d.message)).toContainEqual(
      expect.stringContaining('defined term “Program” is defined two ways in this packet'),
    );
    expect(diagnostics[0]).toMatchObject({
      file: expect.stringContaining('crisis-response-policy'),
      line: 12,
    });
  });

  it('makes a clause that binds an organization outside the agreement a build error at its line', async () => {
    const dir = templatesDir({
      'crisis-coordination-mou/template.md.hbs': `${FRONT('crisis-coordination-mou')}# MOU\n\n## Relay\n\n1. The 988 Center shall answer every call within a minute.\n`,
    });
    const [diagnostic] = (await buildError(dir)).diagnostics;
    expect(diagnostic).toMatchObject({ severity: 'error', line: 12 });
    expect(diagnostic!.message).toContain('puts a duty on');
    expect(diagnostic!.message).toContain('“The 988 Center shall answer every call within a minute.”');
  });
});

describe('no duty on a non-adopter of a plan or an order', () => {
  it.each([
    ['a plan', 'plan', 'The Evaluator shall report each quarter.', 'the evaluator'],
    ['a general order', 'policy', 'Each Receiving Facility must accept every person.', 'Harlan'],
    ['a general order, in the passive', 'policy', 'The hold form shall be checked by the 988 Center.', '988'],
  ])(
    'makes a duty in %s on an organization that does not adopt it a build error',
    async (_, kind, sentence, who) => {
      const dir = templatesDir({
        'some-doc/template.md.hbs': `${FRONT('some-doc', kind)}# Plan\n\n## Work\n\n1. ${sentence}\n`,
      });
      const [diagnostic] = (await buildError(dir)).diagnostics;
      expect(diagnostic).toMatchObject({ severity: 'error', line: 12 });
      expect(diagnostic!.message).toContain('which does not adopt this document');
      expect(diagnostic!.message).toContain(who);
      expect(diagnostic!.message).toContain(`“${sentence}”`);
    },
  );
});

describe('the packet’s templates', () => {
  it('define every term that two documents use in templates/partials/definitions/, and only there', async () => {
    const { loadTemplates } = await import('../../src/templating/load-templates.js');
    const { DOCUMENT_TERMS } = await import('../../src/document/definitions-of.js');
    const set = await loadTemplates(new URL('../../templates/', import.meta.url).pathname);
    const definers = new Map<string, Set<string>>();
    for (const t of set.templates)
      for (const m of t.body.matchAll(
        /\[\[=([^\]]+)\]\] (?:each )?means?\b|\((?:the|a|an) \[\[=([^\]]+)\]\]\)/g,
      ))
        definers.set(m[1] ?? m[2]!, (definers.get(m[1] ?? m[2]!) ?? new Set()).add(t.meta.id));
    const shared = [...definers].filter(([term, ids]) => ids.size > 1 && !DOCUMENT_TERMS.includes(term));
    expect(shared.map(([term, ids]) => `${term}: ${[...ids].join(', ')}`)).toEqual([]);
    const partialTerms = Object.entries(set.partials)
      .filter(([name]) => name.startsWith('definitions/'))
      .flatMap(([, p]) => [...p.body.matchAll(/\[\[=([^\]]+)\]\]/g)].map((m) => m[1]));
    expect(partialTerms).toContain('Receiving Facility');
    expect(partialTerms.filter((t) => definers.has(t!))).toEqual([]);
  });
});

describe('document form', () => {
  it('says which agreement governs on conflict, that the MOU binds, and which periods are proposals', async () => {
    const { renderExample } = await import('../support/render.js');
    const { markdown } = await renderExample('riverbend-city', () => {}, [
      'co-responder-mou',
      'information-sharing-agreement',
    ]);
    const mou = markdown.get('co-responder-mou')!;
    expect(mou).toMatch(/\*\*Order of precedence\.\*\* .*the more specific one governs/);
    expect(mou).toContain('This draft is a binding agreement, whatever its title');
    expect(markdown.get('information-sharing-agreement')).toMatch(
      /The periods in Sections \d+\.\d+ and \d+\.\d+ \(two business days\), \d+\.\d+\s+\(the next business day\) and \d+\.\d+ \(60 days\) are the drafter’s proposals/,
    );
  });
});
