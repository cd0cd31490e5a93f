import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { answersObject } from '../answers/schema.js';
import { parseAnswers } from '../answers/read-answers.js';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import { writeAtomic } from '../util/write-atomic.js';
import { getIn, type Draft } from './draft.js';
import { askFields, flushHeadings, isDue, withHeading, type FlowContext } from './flow.js';
import { loadPartial, partialPathOf, removePartial, savePartial } from './partial-file.js';
import type { Prompter } from './prompter.js';
import { fieldsOf, type Field } from './questions-from-schema.js';
import { orderBySchema } from './order-by-schema.js';
import { sectionFields, summarize } from './review.js';
import { SECTIONS, type SectionInfo } from './sections.js';
import { parseYaml, updateYaml } from './update-yaml.js';
import { annotateAnswers } from './annotate-answers.js';
import { inheritedOf, ownValues, withInherited } from './inherited.js';
import { answersJsonSchema } from '../answers/json-schema.js';

export interface InterviewOptions {
  /** The answers file, resolved. */
  answersFile: string;
  /** The name shown to the user (as they typed it). */
  displayName: string;
  /** Revisit every question, with the current answers as defaults. */
  all: boolean;
  prompter: Prompter;
  /** Today (YYYY-MM-DD): the date of the first revision a new answers file gets. */
  today: string;
  /**
   * For a new answers file: the shared defaults it starts from, as its `extends:` will say
   * (relative to the answers file's folder).
   */
  extendsFile?: string;
  /** Builds the drafts from the written file; offered at the end when given. Returns an exit code. */
  build?: (answersFile: string) => Promise<number>;
}

/** The header of an answers file the interview creates, under the schema line. */
const NEW_FILE_HEADER = [
  'PMHC program answers, written by `pmhc interview`.',
  'Edit freely (spaces, never tabs; keep the indentation), then check with `pmhc validate`.',
  'A fact left out shows up in the drafts as a bracketed blank to fill in later;',
  '`pmhc interview` asks for what is still open, `pmhc schema` lists every field.',
];

/** A new answers file names answers.schema.json on its first line: write it beside if missing. */
async function writeSchemaBeside(answersFile: string): Promise<void> {
  const path = join(dirname(answersFile), 'answers.schema.json');
  if (
    await readFile(path).then(
      () => true,
      () => false,
    )
  )
    return;
  await writeAtomic(path, `${JSON.stringify(answersJsonSchema(), null, 2)}\n`);
}

/** The interview's questions: the answers schema's fields that belong to a section. */
export function interviewFields(): Field[] {
  return fieldsOf(answersObject).filter((f) => f.type !== 'leaf' && f.section !== undefined);
}

/** Asks one section's questions (those due in the context's mode). */
export async function runSection(ctx: FlowContext, fields: Field[], section: SectionInfo): Promise<void> {
  const number = SECTIONS.indexOf(section) + 1;
  await withHeading(ctx, `\n${number}. ${section.title}: ${section.intro}`, async () => {
    if (section.offer && !(await offered(ctx, section, fields))) return;
    for (const field of sectionFields(fields, section)) {
      if (field.type === 'group')
        await withHeading(ctx, `  ${field.title}`, () => askFields(ctx, [field.key], field.fields));
      else await askFields(ctx, [], [field]);
    }
  });
}

/** Asks whether to take a skippable section; not asked when none of its questions is due. */
async function offered(ctx: FlowContext, section: SectionInfo, fields: Field[]): Promise<boolean> {
  const offer = section.offer!;
  const key = `section:${section.id}`;
  // Filling in what a file lacks does not push an optional section on it; `--all` offers it again.
  const started = getIn(ctx.draft, [section.id]) !== undefined;
  if (!ctx.offerSections && !started) return false;
  if (!ctx.ignoreAsked && ctx.asked.has(key)) return false;
  const due = sectionFields(fields, section).some((field) => isDue(ctx, [field.key], field));
  if (!due) return false;
  flushHeadings(ctx);
  ctx.asked.add(key);
  return ctx.prompter.confirm({
    id: `section:${section.id}`,
    message: offer.message,
    help: offer.help,
    default: false,
  });
}

/** `pmhc interview`: asks, reviews, writes the answers file, and offers to build. Returns the exit code. */
export async function runInterview(options: InterviewOptions): Promise<number> {
  const { prompter, displayName } = options;
  const partialName = partialPathOf(displayName);
  try {
    return await interview(options);
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') {
      prompter.say(`\nStopped. Your answers so far are saved in ${partialName}.`);
      prompter.say(`Run \`pmhc interview --answers ${displayName}\` to pick up where you left off.`);
      return 130;
    }
    prompter.say(`\nThe interview failed; your answers so far are saved in ${partialName}.`);
    throw error;
  }
}

async function interview(options: InterviewOptions): Promise<number> {
  const { prompter, answersFile, displayName } = options;
  let text: string | null = null;
  try {
    text = await readFile(answersFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const doc = parseYaml(
    text ?? (options.extendsFile ? `extends: ${JSON.stringify(options.extendsFile)}\n` : ''),
  );
  if (doc.errors.length > 0) {
    const { diagnostics } = parseAnswers(text ?? '', displayName);
    for (const d of diagnostics) prompter.say(formatDiagnostic(d));
    prompter.say(
      `Fix the YAML in ${displayName} first (\`pmhc validate\` checks it), then run the interview again.`,
    );
    return 1;
  }
  const written = (doc.toJS() ?? {}) as Draft;
  const base = written.extends === undefined ? null : inheritedOf(String(doc), displayName, answersFile);
  if (base !== null && 'diagnostics' in base) {
    for (const d of base.diagnostics) prompter.say(formatDiagnostic(d));
    prompter.say(`Fix what ${displayName} extends first, then run the interview again.`);
    return 1;
  }
  const inherited = base;
  let draft = inherited ? withInherited(written, inherited) : written;
  let mode: FlowContext['mode'] = options.all ? 'all' : 'missing';
  let essentials = false;
  let asked = new Set<string>();

  const partial = await loadPartial(answersFile);
  const resume =
    partial !== null &&
    (await prompter.confirm({
      id: 'resume',
      message: `An unfinished interview was saved in ${partialPathOf(displayName)}. Pick up where you left off?`,
      help: 'Answer "no" to start again from the answers file (the unfinished answers are then discarded).',
      default: true,
    }));
  if (partial && resume) {
    draft = partial.answers;
    mode = partial.all ? 'all' : 'missing';
    essentials = partial.essentials;
    asked = new Set(partial.asked);
  } else if (text === null) {
    prompter.say(`This interview writes ${displayName}, the answers the drafts are built from.`);
    prompter.say(
      'Press Enter to leave a question blank if you do not know yet: the drafts show a blank to fill in.',
    );
    prompter.say('Every answer is saved as you go: press Ctrl-C at any time and resume later.');
    essentials = await prompter.select({
      id: 'depth',
      message: 'How much do you want to answer now?',
      choices: [
        { value: true, name: 'Only what the drafts cannot do without (quick; the rest stays blank)' },
        { value: false, name: 'Everything the drafts can use (longer; you may leave any answer blank)' },
      ],
      // The README's advice: the short path first, the rest later (`pmhc interview` asks what is open).
      default: true,
    });
    draft = { schema_version: 1, ...draft };
  } else if (inherited && mode === 'missing') {
    prompter.say(
      `What ${inherited.files.join(' and ')} already answers is not asked again (\`--all\` shows it).`,
    );
  } else if (mode === 'all') {
    prompter.say(
      'Each question shows the current answer: Enter keeps it, Backspace clears it, Tab edits it.',
    );
  }

  const ctx: FlowContext = {
    prompter,
    draft,
    mode,
    essentials,
    asked,
    ignoreAsked: false,
    offerSections: mode === 'all' || text === null,
    headings: [],
    saved: () =>
      savePartial(
        answersFile,
        { all: mode === 'all', essentials, asked: [...asked], answers: draft },
        displayName,
      ),
  };
  const fields = interviewFields();
  for (const section of SECTIONS) await runSection(ctx, fields, section);

  for (;;) {
    prompter.say(`\nYour answers:\n${summarize(draft, fields)}`);
    const choice = await prompter.select<string>({
      id: 'review',
      message: 'Save them, or go back to a section?',
      choices: [
        { value: 'write', name: `Save ${displayName}` },
        ...SECTIONS.map((s, i) => ({ value: s.id, name: `Go back to ${i + 1}. ${s.title}` })),
        { value: 'stop', name: `Stop without saving (the answers stay in ${partialPathOf(displayName)})` },
      ],
      default: 'write',
    });
    if (choice === 'write') break;
    if (choice === 'stop') return 130;
    const section = SECTIONS.find((s) => s.id === choice);
    if (section)
      await runSection(
        { ...ctx, mode: 'all', ignoreAsked: true, essentials: false, offerSections: true },
        fields,
        section,
      );
  }

  if (text === null && !Array.isArray(draft.revisions)) {
    draft.revisions = [
      { version: '0.1', date: options.today, summary: 'First answers, from pmhc interview' },
    ];
  }
  // A site that extends shared defaults keeps only its own answers; the rest stays inherited.
  const own = inherited ? ownValues(draft, inherited, written) : draft;
  updateYaml(doc, orderBySchema(own, fieldsOf(answersObject)) as Draft);
  const output = text === null ? annotateAnswers(doc, NEW_FILE_HEADER) : String(doc);
  if (text === null) await writeSchemaBeside(answersFile);
  const { diagnostics } = parseAnswers(output, displayName, { path: answersFile });
  await writeAtomic(answersFile, output);
  await removePartial(answersFile);
  prompter.say(`\nSaved ${displayName}.`);
  if (diagnostics.length > 0) {
    prompter.say('It still has problems to fix before drafts can be built:');
    for (const d of diagnostics) prompter.say(`  ${formatDiagnostic(d)}`);
    prompter.say(
      `Run \`pmhc interview --answers ${displayName}\` again, or edit the file and run \`pmhc validate\`.`,
    );
    return 1;
  }
  if (!options.build) return 0;
  const build = await prompter.confirm({ id: 'build', message: 'Build the drafts now?', default: true });
  if (!build) {
    // The offered build writes drafts/ beside the answers file; the command shown does the same.
    const folder = dirname(displayName);
    const out = folder === '.' ? '' : ` --out ${join(folder, 'drafts')}`;
    prompter.say(`Build them later with \`pmhc build ${displayName}${out}\`.`);
    return 0;
  }
  return options.build(answersFile);
}
