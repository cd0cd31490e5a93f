import type { Block, Clause, Inline } from '../../src/ast/types.js';

/** Small Document pieces for the tests of src/adopt. */
export const t = (value: string): Inline => ({ type: 'text', value });

export function section(number: string, heading: string): Clause {
  return { type: 'clause', level: 1, number, content: [t(heading)], children: [] };
}

/** A subclause, with a bold lead-in ("Withdrawal.") when `lead` is given. */
export function sub(number: string, lead: string | null, text: string, children: Block[] = []): Clause {
  const content: Inline[] = lead ? [{ type: 'strong', content: [t(`${lead}.`)] }, t(` ${text}`)] : [t(text)];
  return { type: 'clause', level: 2, number, content, children };
}

export function paragraph(text: string): Block {
  return { type: 'paragraph', content: [t(text)] };
}
