import type { LeafField } from './questions-from-schema.js';
import type { Choice, Prompter } from './prompter.js';

/** What a leaf question needs besides the field: its id, current value and dynamic choices. */
export interface LeafAsk {
  id: string;
  current: unknown;
  /** A suggested answer when there is no current one (e.g. an id made from a name). */
  suggestion?: string;
  /** Replaces the field's own choices (party references, filtered enums). */
  choices?: Choice<string>[];
  /** The enum values offered for a multiple choice (some hidden when they cannot apply). */
  values?: string[];
  /** A rule beyond the field's own (e.g. partner ids are unique); returns a message or true. */
  extraRule?: (value: unknown) => true | string;
}

const NOT_DECIDED = 'Not decided yet (leave blank)';

/** The message `pmhc validate` would give for this value, or true. */
export function checkValue(
  field: LeafField,
  value: unknown,
  extraRule?: (value: unknown) => true | string,
): true | string {
  const result = field.schema.safeParse(value);
  if (!result.success) return result.error.issues[0]?.message ?? 'not a valid answer';
  return extraRule ? extraRule(value) : true;
}

/** Turns typed text into the value the schema expects ("" is "left open"). */
export function fromText(field: LeafField, raw: string): unknown {
  const text = raw.trim();
  switch (field.kind) {
    case 'text-list':
      return text
        .split(';')
        .map((part) => part.trim())
        .filter(Boolean);
    case 'int':
    case 'number': {
      if (text === '') return field.nullable ? null : undefined;
      const plain = text.replace(/[,\s]/g, '').replace(/%$/, '');
      return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : text;
    }
    default:
      if (text === '') return field.nullable ? null : '';
      return text;
  }
}

function toText(field: LeafField, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (field.kind === 'text-list' && Array.isArray(value)) return value.join('; ') || undefined;
  return String(value);
}

function helpOf(field: LeafField): string | undefined {
  const hints: string[] = [];
  if (field.meta.help) hints.push(field.meta.help);
  if (field.kind === 'text-list') hints.push('Separate several with a semicolon (;).');
  return hints.length > 0 ? hints.join(' ') : undefined;
}

/** Asks one field and returns a value its schema accepts. */
export async function askLeaf(prompter: Prompter, field: LeafField, ask: LeafAsk): Promise<unknown> {
  const message = field.meta.prompt;
  const help = helpOf(field);
  const { id, current } = ask;
  if (field.kind === 'flag') {
    if (!field.nullable) {
      const fallback = typeof field.fallback === 'boolean' ? field.fallback : undefined;
      return prompter.confirm({
        id,
        message,
        help,
        default: typeof current === 'boolean' ? current : fallback,
      });
    }
    const choices: Choice<boolean | null>[] = [
      { value: true, name: 'Yes' },
      { value: false, name: 'No' },
      { value: null, name: 'Not known yet' },
    ];
    return prompter.select({
      id,
      message,
      help,
      choices,
      default: typeof current === 'boolean' ? current : null,
    });
  }
  if (field.kind === 'choice' || ask.choices) {
    const labels = field.meta.choices ?? {};
    const choices: Choice<string | null>[] =
      ask.choices ?? field.values.map((value) => ({ value, name: labels[value] ?? value }));
    // "Not decided" comes first, the default: pressing Enter through the questions invents no fact.
    if (field.nullable) choices.unshift({ value: null, name: NOT_DECIDED });
    const known = choices.some((c) => c.value === current);
    const value = await prompter.select({
      id,
      message,
      help,
      choices,
      default: known ? (current as string | null) : undefined,
    });
    return value;
  }
  if (field.kind === 'choices') {
    const labels = field.meta.choices ?? {};
    const chosen = Array.isArray(current) ? (current as string[]) : [];
    const choices = (ask.values ?? field.values).map((value) => ({
      value,
      name: labels[value] ?? value,
      checked: chosen.includes(value),
    }));
    return prompter.checkbox({
      id,
      message,
      help,
      choices,
      validate: (values) => checkValue(field, values, ask.extraRule),
    });
  }
  const raw = await prompter.input({
    id,
    message,
    help,
    default: toText(field, current) ?? ask.suggestion,
    validate: (text) => checkValue(field, fromText(field, text), ask.extraRule),
  });
  return field.schema.parse(fromText(field, raw));
}
