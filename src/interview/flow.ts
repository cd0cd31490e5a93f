import { getIn, isRecord, pathKey, patternOf, setIn, type Draft, type Path } from './draft.js';
import { askLeaf, type LeafAsk } from './ask-leaf.js';
import { isRequired, type Field, type GroupField, type LeafField } from './questions-from-schema.js';
import type { Choice, Prompter } from './prompter.js';
import { CHOICE_LABELS, CHOICE_WHEN, GATES, GROUP_TITLES, PARTY_REFS, WHEN, suggestId } from './sections.js';
import { editList } from './edit-list.js';
import { askStateHold } from './state-hold-step.js';
import { STATE_NAMES, stateHoldOf } from '../answers/state-holds.js';

/** Everything one interview run shares; sub-flows copy it with a different `mode`. */
export interface FlowContext {
  prompter: Prompter;
  /** The answers so far (mutated in place). */
  draft: Draft;
  /** `missing`: ask only what the draft lacks; `all`: revisit, current answers as defaults. */
  mode: 'missing' | 'all';
  /** Ask only what the answers file cannot do without (fill in the rest later). */
  essentials: boolean;
  /** Keys answered in this interview (and the one it resumes); not asked again. */
  asked: Set<string>;
  /** Re-ask keys in `asked` too (editing an item, going back to a section). */
  ignoreAsked: boolean;
  /** Offer skippable sections (the self-assessment) that the file has not started: a new file, or `--all`. */
  offerSections?: boolean;
  /** Called after every answer: keeps the partial file current. */
  saved: () => Promise<void>;
  /** Headings not yet printed: printed just before the first question under them. */
  headings: { text: string; printed: boolean }[];
}

/** Prints the headings that lead to the question about to be asked. */
export function flushHeadings(ctx: FlowContext): void {
  for (const heading of ctx.headings) {
    if (!heading.printed) ctx.prompter.say(heading.text);
    heading.printed = true;
  }
}

export async function withHeading(ctx: FlowContext, text: string, body: () => Promise<void>): Promise<void> {
  ctx.headings.push({ text, printed: false });
  try {
    await body();
  } finally {
    ctx.headings.pop();
  }
}

/** Whether a question is due: not answered yet (or revisiting), and its condition holds. */
export function isDue(ctx: FlowContext, path: Path, field: Field, item?: Record<string, unknown>): boolean {
  const key = pathKey(path);
  if (!ctx.ignoreAsked && ctx.asked.has(key)) return false;
  // An answer the file already has is skipped, unless `pmhc validate` would reject it.
  const value = getIn(ctx.draft, path);
  if (
    ctx.mode === 'missing' &&
    field.type === 'leaf' &&
    value !== undefined &&
    field.schema.safeParse(value).success
  )
    return false;
  if (ctx.essentials && !isRequired(field)) return false;
  const when = WHEN[patternOf(path)];
  return when ? when(ctx.draft, item) : true;
}

/** Records an answer and saves the partial file. */
export async function answer(ctx: FlowContext, path: Path, value: unknown): Promise<void> {
  setIn(ctx.draft, path, value);
  ctx.asked.add(pathKey(path));
  await ctx.saved();
}

/** Asks the due fields of an object, in order (group by group, list by list). */
export async function askFields(
  ctx: FlowContext,
  base: Path,
  fields: Field[],
  item?: Record<string, unknown>,
): Promise<void> {
  for (const field of fields) {
    const path = [...base, field.key];
    if (field.type === 'leaf') await askLeafField(ctx, path, field, item);
    else if (field.type === 'list') {
      if (isDue(ctx, path, field, item)) await editList(ctx, path, field);
    } else await askGroup(ctx, path, field, item);
  }
}

async function askGroup(
  ctx: FlowContext,
  path: Path,
  group: GroupField,
  item?: Record<string, unknown>,
): Promise<void> {
  if (!isDue(ctx, path, group, item)) return;
  if (patternOf(path) === 'disposition.state_hold') return askStateHold(ctx, path, group);
  const title = GROUP_TITLES[patternOf(path)] ?? group.title;
  await withHeading(ctx, `  ${title}`, () => askFields(ctx, path, group.fields, item));
}

async function askLeafField(ctx: FlowContext, path: Path, field: LeafField, item?: Record<string, unknown>) {
  if (!isDue(ctx, path, field, item)) return;
  const pattern = patternOf(path);
  const current = getIn(ctx.draft, path);
  flushHeadings(ctx);
  const gate = GATES[pattern];
  if (gate && item) {
    const yes = await ctx.prompter.confirm({
      id: `${pathKey(path)}:gate`,
      message: gate.message(item),
      help: gate.help,
      default: current === undefined ? gate.default(item) : current !== gate.no,
    });
    if (!yes) return answer(ctx, path, gate.no);
  }
  const ask: LeafAsk = { id: pathKey(path), current, choices: choicesFor(ctx.draft, pattern, field) };
  if (field.kind === 'choices') ask.values = offeredValues(ctx.draft, pattern, field);
  if (pattern === 'partners[].id' && item) {
    ask.suggestion = suggestId(item);
    ask.extraRule = (value) => uniquePartnerId(ctx.draft, path, value);
  }
  const value = await askLeaf(ctx.prompter, field, ask);
  await answer(ctx, path, value);
  if (pattern === 'jurisdiction.state' && ctx.essentials) noteUnverifiedState(ctx, value);
}

/** The short path never reaches the hold questions: say now when the state's law is not verified. */
function noteUnverifiedState(ctx: FlowContext, state: unknown): void {
  if (typeof state !== 'string' || stateHoldOf(state).status === 'verified') return;
  ctx.prompter.say(
    `  Note: there is no verified entry for ${STATE_NAMES[state] ?? state}’s emergency-hold law yet. ` +
      'The drafts leave the hold facts as blanks marked for counsel to verify; `pmhc interview` asks ' +
      'for what you know about them later.',
  );
}

/** Party pickers, state names, and enum choices filtered by earlier answers. */
function choicesFor(draft: Draft, pattern: string, field: LeafField): Choice<string>[] | undefined {
  const ref = PARTY_REFS[pattern];
  if (ref) {
    const partners = (getIn(draft, ['partners']) as unknown[] | undefined) ?? [];
    const lead = String(
      getIn(draft, ['lead_agency', 'short_name']) ?? getIn(draft, ['lead_agency', 'name']) ?? 'lead agency',
    );
    const choices: Choice<string>[] = ref.lead ? [{ value: 'lead', name: `${lead} (the lead agency)` }] : [];
    for (const p of partners.filter(isRecord)) {
      if (typeof p.id === 'string') choices.push({ value: p.id, name: String(p.name ?? p.id) });
    }
    return choices;
  }
  const label = CHOICE_LABELS[pattern];
  if (label) return field.values.map((value) => ({ value, name: label(value) }));
  return undefined;
}

/** The enum values offered for a multiple choice, hiding those that cannot apply. */
export function offeredValues(draft: Draft, pattern: string, field: LeafField): string[] {
  const rules = CHOICE_WHEN[pattern];
  if (!rules) return field.values;
  const current = getIn(draft, pattern.split('.'));
  const chosen = Array.isArray(current) ? current : [];
  return field.values.filter((v) => chosen.includes(v) || (rules[v] ? rules[v](draft) : true));
}

function uniquePartnerId(draft: Draft, path: Path, value: unknown): true | string {
  if (value === 'lead') return '`lead` is reserved for the lead agency, expected another id';
  const index = path[1];
  const partners = (getIn(draft, ['partners']) as unknown[] | undefined) ?? [];
  const clash = partners.some((p, i) => i !== index && isRecord(p) && p.id === value);
  return clash ? `partner id \`${String(value)}\` is already used, expected a unique id` : true;
}
