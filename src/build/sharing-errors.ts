import type { Document } from '../ast/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { packetAcronyms } from '../document/expand-acronyms.js';
import { checkSharing } from '../legal/check-sharing.js';
import type { SharingStatements } from '../legal/sharing.js';
import type { TemplateSet, TemplateSource } from '../templating/load-templates.js';
import { templateLine } from './drafting-checks.js';

/**
 * A draft that moves information the flow model does not allow is a build error naming the
 * template, its line and the section. A form lists what a person may choose to release and
 * states no flow of its own, so it is not checked.
 */
export function sharingErrors(
  document: Document,
  sharing: SharingStatements,
  template: TemplateSource,
  set: TemplateSet,
): Diagnostic[] {
  if (template.meta.kind === 'form') return [];
  return checkSharing(document.blocks, sharing, packetAcronyms()).map((problem) => {
    const words = problem.sentence.split(/\s+/).slice(0, 6).join(' ');
    const { line, partial } = templateLine(template, set, [words]);
    return {
      severity: 'error',
      message: `section ${problem.clause || '(before the first clause)'} states a flow of information the legal model does not allow: “${problem.sentence}”; expected ${problem.expected}${partial ? ` (written in ${partial})` : ''}`,
      file: template.file,
      ...(line !== undefined ? { line } : {}),
      hint: 'state it through the legal model’s sharing statements (src/legal/sharing.ts), not in the template',
    };
  });
}
