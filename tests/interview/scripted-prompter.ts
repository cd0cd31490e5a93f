import type {
  CheckboxQuestion,
  ConfirmQuestion,
  InputQuestion,
  Prompter,
  SelectQuestion,
} from '../../src/interview/prompter.js';

/** How unscripted questions are answered: `min` leaves open what it can, `max` answers everything. */
export type Policy = 'min' | 'max';

export interface Asked {
  id: string;
  kind: 'input' | 'select' | 'checkbox' | 'confirm';
  message: string;
  default?: unknown;
  /** The values offered, for select and checkbox. */
  choices?: unknown[];
}

/** Answers for a question asked several times (e.g. once when an item is added, once when edited). */
export class Seq {
  constructor(readonly values: unknown[]) {}
}

/** Thrown like inquirer's own when the user presses Ctrl-C. */
export class ExitPromptError extends Error {
  override name = 'ExitPromptError';
}

const CANDIDATES = ['Example text', '12', '2026-07-01', 'example-id', 'someone@example.org', '541-555-0142'];

/**
 * A prompter that answers from a script (by question id) and otherwise by a policy, trying
 * candidate texts until the question's own validation accepts one. Records every question.
 */
export class ScriptedPrompter implements Prompter {
  readonly asked: Asked[] = [];
  readonly said: string[] = [];
  /** Validation messages seen, in order (scripted answers that were rejected). */
  readonly rejected: string[] = [];

  constructor(
    private readonly script: Record<string, unknown> = {},
    private readonly policy: Policy = 'min',
    /** Throws ExitPromptError when this question id comes up (a Ctrl-C). */
    private readonly interruptAt?: string,
  ) {}

  private take(
    id: string,
    kind: Asked['kind'],
    message: string,
    fallback?: unknown,
    choices?: unknown[],
  ): unknown {
    this.asked.push({ id, kind, message, default: fallback, choices });
    if (id === this.interruptAt) throw new ExitPromptError('User force closed the prompt with SIGINT');
    const scripted = this.script[id];
    if (scripted instanceof Seq) return scripted.values.shift();
    if (Array.isArray(scripted) && scripted.length > 0 && kind !== 'checkbox' && kind !== 'input')
      return scripted.shift();
    return scripted;
  }

  async input(q: InputQuestion): Promise<string> {
    const scripted = this.take(q.id, 'input', q.message, q.default);
    const validate = q.validate ?? (() => true);
    const accept = (text: string) => {
      const verdict = validate(text === '' && q.default !== undefined ? q.default : text);
      if (verdict !== true) this.rejected.push(verdict);
      return verdict === true;
    };
    if (Array.isArray(scripted)) {
      // Typed one after another at the same prompt, until one is accepted.
      for (const text of scripted as string[]) if (accept(text)) return text;
      throw new Error(`every scripted answer for ${q.id} was rejected`);
    }
    if (typeof scripted === 'string') {
      if (!accept(scripted))
        throw new Error(`scripted answer for ${q.id} was rejected: ${this.rejected.at(-1)}`);
      return scripted === '' && q.default !== undefined ? q.default : scripted;
    }
    const order = this.policy === 'min' ? ['', ...CANDIDATES] : [...CANDIDATES, ''];
    if (q.default !== undefined) order.unshift(q.default);
    for (const text of order) if (validate(text) === true) return text;
    throw new Error(`no candidate answer fits ${q.id}`);
  }

  async select<V>(q: SelectQuestion<V>): Promise<V> {
    const scripted = this.take(
      q.id,
      'select',
      q.message,
      q.default,
      q.choices.map((c) => c.value),
    );
    if (scripted !== undefined) {
      const match = q.choices.find((c) => JSON.stringify(c.value) === JSON.stringify(scripted));
      if (!match) throw new Error(`scripted answer ${JSON.stringify(scripted)} is not a choice of ${q.id}`);
      return match.value;
    }
    if (q.default !== undefined) return q.default;
    const first = q.choices[0];
    if (!first) throw new Error(`no choices for ${q.id}`);
    return first.value;
  }

  async checkbox<V>(q: CheckboxQuestion<V>): Promise<V[]> {
    const scripted = this.take(
      q.id,
      'checkbox',
      q.message,
      undefined,
      q.choices.map((c) => c.value),
    );
    const validate = q.validate ?? (() => true);
    if (Array.isArray(scripted)) {
      // Like select: a script may only check boxes the interview offers.
      const offered = new Set(q.choices.map((c) => JSON.stringify(c.value)));
      const unoffered = scripted.filter((value) => !offered.has(JSON.stringify(value)));
      if (unoffered.length > 0)
        throw new Error(`scripted answer ${JSON.stringify(unoffered)} is not a choice of ${q.id}`);
      const verdict = validate(scripted as V[]);
      if (verdict !== true) throw new Error(`scripted answer for ${q.id} was rejected: ${verdict}`);
      return scripted as V[];
    }
    const checked = q.choices.filter((c) => c.checked).map((c) => c.value);
    if (checked.length > 0) return checked;
    if (this.policy === 'max') return q.choices.map((c) => c.value);
    if (validate([]) === true) return [];
    return q.choices.slice(0, 1).map((c) => c.value);
  }

  async confirm(q: ConfirmQuestion): Promise<boolean> {
    const scripted = this.take(q.id, 'confirm', q.message, q.default);
    if (typeof scripted === 'boolean') return scripted;
    if (q.id.endsWith(':remove')) return false;
    if (this.policy === 'max') return true;
    return q.default ?? false;
  }

  say(text: string): void {
    this.said.push(text);
  }

  ids(): string[] {
    return this.asked.map((a) => a.id);
  }
}
