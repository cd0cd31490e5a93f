import { wrapLines } from './wrap-lines.js';

/**
 * What the interview needs from a terminal. The flow talks only to this interface, so tests can
 * script the answers and count the questions without a terminal; `inquirerPrompter` is the real one.
 * Every question carries an `id` (the answers-file path it fills, or a name such as `review`).
 */
export interface Choice<V> {
  value: V;
  name: string;
  description?: string;
  checked?: boolean;
}

interface Question {
  id: string;
  message: string;
  /** One or two sentences shown above the question. */
  help?: string;
}

export interface InputQuestion extends Question {
  default?: string;
  /** `true`, or the message to show (the same message `pmhc validate` gives). */
  validate?: (value: string) => true | string;
}

export interface SelectQuestion<V> extends Question {
  choices: Choice<V>[];
  default?: V;
}

export interface CheckboxQuestion<V> extends Question {
  choices: Choice<V>[];
  validate?: (values: V[]) => true | string;
}

export interface ConfirmQuestion extends Question {
  default?: boolean;
}

export interface Prompter {
  input(q: InputQuestion): Promise<string>;
  select<V>(q: SelectQuestion<V>): Promise<V>;
  checkbox<V>(q: CheckboxQuestion<V>): Promise<V[]>;
  confirm(q: ConfirmQuestion): Promise<boolean>;
  /** Prints a line between questions (section headings, notes). */
  say(text: string): void;
}

/** The real prompter, on @inquirer/prompts (loaded here, so only `pmhc interview` pays for it). */
export async function inquirerPrompter(
  write: (text: string) => void,
  color: boolean,
  columns = 80,
): Promise<Prompter> {
  const prompts = await import('@inquirer/prompts');
  const dim = (text: string) => (color ? `\u001b[2m${text}\u001b[22m` : text);
  // One column short of the edge: a line exactly as wide as the terminal makes some wrap early.
  const fold = (text: string) => wrapLines(text, Math.max(40, columns - 1));
  const help = (q: Question) => {
    if (q.help) write(`${dim(fold(`  ${q.help}`))}\n`);
  };
  return {
    async input(q) {
      help(q);
      return prompts.input({ message: q.message, default: q.default, validate: q.validate });
    },
    async select(q) {
      help(q);
      return prompts.select({ message: q.message, choices: q.choices, default: q.default, pageSize: 12 });
    },
    async checkbox(q) {
      help(q);
      const validate = q.validate;
      return prompts.checkbox({
        message: q.message,
        choices: q.choices,
        pageSize: 16,
        validate: validate ? (chosen) => validate(chosen.map((c) => c.value)) : undefined,
      });
    },
    async confirm(q) {
      help(q);
      return prompts.confirm({ message: q.message, default: q.default });
    },
    say(text) {
      write(`${fold(text)}\n`);
    },
  };
}
