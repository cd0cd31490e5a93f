import type { Block } from '../ast/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { applyOverrides } from './apply-overrides.js';
import { clauseOverrides, OVERRIDES_FOLDER, type LoadedOverrides } from './overrides-file.js';

/**
 * Puts the parties' negotiated text into a draft's body (see apply-overrides.ts), says so in a
 * drafter's note under the title, and returns what the build must tell the user: each clause
 * whose generated text changed under the parties' text (both texts, so nothing is lost in
 * silence), and each override whose clause the draft no longer has.
 */
export function withNegotiatedText(body: Block[], loaded: LoadedOverrides, documentId: string): Diagnostic[] {
  const result = applyOverrides(body, clauseOverrides(loaded.file));
  const warnings: Diagnostic[] = [];
  for (const c of result.conflicts)
    warnings.push({
      severity: 'warning',
      file: loaded.shown,
      message: `${documentId} § ${c.number} (${c.id}): pmhc now generates other text for this clause than when the parties' text was adopted; the draft keeps the parties' text and lists the clause under Open Items.\n    generated then: ${c.generated.join(' / ')}\n    generated now:  ${c.now.join(' / ')}`,
      hint: 'reconcile the two in the Word file and run `pmhc adopt` on it again, or edit `text` in the overrides file',
    });
  for (const m of result.missing)
    warnings.push({
      severity: 'warning',
      file: loaded.shown,
      message: `${documentId}: the draft no longer has clause \`${m.id}\`, so its negotiated text is not used: ${m.text.join(' / ') || '(deleted)'}`,
      hint: 'move the text to the clause that now holds it, or remove the entry',
    });
  if (result.applied.length > 0) {
    const title = body.findIndex((b) => b.type === 'heading' && b.level === 1);
    // The file's name beside the answers, not the path shown: the draft must not depend on the folder it is built from.
    body.splice(
      title + 1,
      0,
      note(
        result.applied.map((a) => a.number),
        `${OVERRIDES_FOLDER}/${documentId}.yaml`,
      ),
    );
  }
  return warnings;
}

function note(numbers: string[], file: string): Block {
  const which = numbers.length === 1 ? `Section ${numbers[0]} holds` : `Sections ${list(numbers)} hold`;
  return {
    type: 'drafterNote',
    content: [
      {
        type: 'text',
        value: `${which} text the parties negotiated, adopted from their edited copy and kept in ${file} beside the answers file; pmhc did not generate it.`,
      },
    ],
  };
}

function list(items: string[]): string {
  return items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
