import type { Document } from '../ast/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { checkDefinedTerms } from '../document/check-defined-terms.js';
import { conflictingDefinitions, definitionsOf, type Definition } from '../document/definitions-of.js';
import type { CrossReferenceProblem } from '../document/resolve-cross-references.js';
import { termsDefinedIn, undefinedTermUses } from '../document/undefined-terms.js';
import type { Actor } from '../legal/duty-actors.js';
import { dutiesOnOutsiders, outsidersAmong } from '../legal/duties.js';
import { bindersOfDocument, type Binders } from '../legal/binders.js';
import type { PartyModel } from '../legal/parties.js';
import type { TemplateSet, TemplateSource } from '../templating/load-templates.js';

/**
 * Where a template writes something: the first line of its body that contains one of `needles`,
 * else the line that includes the partial that does (the message names the partial). Templates
 * are Handlebars, so a rendered term is found by the markup that wrote it.
 */
export function templateLine(
  template: TemplateSource,
  set: TemplateSet,
  needles: readonly (string | RegExp)[],
): { line?: number; partial?: string } {
  const has = (text: string) =>
    needles.some((n) => (typeof n === 'string' ? text.includes(n) : n.test(text)));
  const lines = template.body.split('\n');
  const own = lines.findIndex(has);
  if (own >= 0) return { line: template.bodyLine + own };
  for (const [name, partial] of Object.entries(set.partials)) {
    if (!has(partial.body)) continue;
    const include = lines.findIndex(
      (line) => line.includes(`{{> ${name}}}`) || line.includes(`{{#> ${name}}}`),
    );
    if (include >= 0) return { line: template.bodyLine + include, partial: partial.file };
  }
  return {};
}

/** A diagnostic at the template line that writes a term (`[[=Term]]`, `[[Term]]` or the words). */
function termError(message: string, term: string, template: TemplateSource, set: TemplateSet): Diagnostic {
  const { line, partial } = templateLine(template, set, [`[[=${term}]]`, `[[${term}]]`, term]);
  return {
    severity: 'error',
    message: partial ? `${message} (written in ${partial})` : message,
    file: template.file,
    ...(line !== undefined ? { line } : {}),
  };
}

/** Document kinds that use no defined-term scheme: the overview and the report describe, a form is plain. */
const WITHOUT_TERMS = new Set(['overview', 'form', 'report']);

/**
 * The defined-term errors of one document: a term defined twice or defined and unused in it, used
 * as a defined term but undefined, or a packet term written capitalized where the document does
 * not define it.
 */
export function definedTermErrors(
  document: Document,
  template: TemplateSource,
  set: TemplateSet,
  stateTerms: readonly string[] = [],
): Diagnostic[] {
  const problems = checkDefinedTerms(document.blocks).map((p) => termError(p.message, p.term, template, set));
  if (WITHOUT_TERMS.has(template.meta.kind)) return problems;
  // The state's own names for generic terms (data/state-law `terms.defined_terms`) are packet terms too.
  const packetTerms = new Set([
    ...termsDefinedIn([
      ...set.templates.map((t) => t.body),
      ...Object.values(set.partials).map((p) => p.body),
    ]),
    ...stateTerms,
  ]);
  const undefinedUses = undefinedTermUses(document.blocks, packetTerms).map((u) =>
    termError(
      `“${u.term}” is capitalized as the packet's defined term in section ${u.clause || '(before the first clause)'} (“…${u.excerpt}…”) but this document does not define it; include its definition (templates/partials/definitions/) or write it in lower case`,
      u.term,
      template,
      set,
    ),
  );
  return [...problems, ...undefinedUses];
}

/**
 * A term defined two ways in one packet: for each document whose "means" definition of a term
 * differs from the first document's, an error at the line of the second document that defines it.
 */
export function packetDefinitionErrors(
  documents: readonly { template: TemplateSource; document: Document }[],
  set: TemplateSet,
): Diagnostic[] {
  const byId = new Map(documents.map((d) => [d.template.meta.id, d.template]));
  const conflicts = conflictingDefinitions(
    documents
      .filter((d) => !WITHOUT_TERMS.has(d.template.meta.kind))
      .map((d) => ({ id: d.template.meta.id, definitions: definitionsOf(d.document.blocks) })),
  );
  const quote = (d: Definition) => (d.meaning.length > 120 ? `${d.meaning.slice(0, 117)}...` : d.meaning);
  return conflicts.map((c) =>
    termError(
      `defined term “${c.term}” is defined two ways in this packet: ${c.second.document} section ${c.second.definition.clause} says “${quote(c.second.definition)}”, ${c.first.document} section ${c.first.definition.clause} says “${quote(c.first.definition)}”; expected one definition, from templates/partials/definitions/`,
      c.term,
      byId.get(c.second.document)!,
      set,
    ),
  );
}

/** Who a document binds (src/legal/binders.ts), for a template. */
export function bindersOf(parties: PartyModel, template: TemplateSource): Binders | null {
  return bindersOfDocument(parties, template.meta.id, template.meta.kind);
}

/**
 * No document may put a duty on an organization that does not sign or adopt it (a non-signer is
 * at most invited): each clause that does is a build error naming the clause and the line.
 */
export function dutyErrors(
  document: Document,
  parties: PartyModel,
  actors: readonly Actor[],
  template: TemplateSource,
  set: TemplateSet,
): Diagnostic[] {
  const bound = bindersOf(parties, template);
  if (bound === null) return [];
  const outsiders = outsidersAmong(actors, bound.binders, bound.adoptedRoles);
  const adopts = template.meta.kind === 'agreement' ? 'sign' : 'adopt';
  return dutiesOnOutsiders(document.blocks, outsiders).map((f) => {
    const words = f.sentence.split(/\s+/).slice(0, 6).join(' ');
    const { line, partial } = templateLine(template, set, [words]);
    return {
      severity: 'error',
      message: `section ${f.clause || '(before the first clause)'} puts a duty on ${f.outsider}, which does not ${adopts} this document: “${f.sentence}”; invite it instead, or make it a party in the answers${partial ? ` (written in ${partial})` : ''}`,
      file: template.file,
      ...(line !== undefined ? { line } : {}),
    };
  });
}

/** An acronym used unexpanded, at the template line of its first use. */
export function acronymError(acronym: string, template: TemplateSource, set: TemplateSet): Diagnostic {
  const { line, partial } = templateLine(template, set, [new RegExp(`\\b${acronym}\\b`)]);
  return {
    severity: 'error',
    message: `acronym \`${acronym}\` is used before it is expanded, expected its first use written as in data/glossary.json${partial ? ` (written in ${partial})` : ''}`,
    file: template.file,
    ...(line !== undefined ? { line } : {}),
  };
}

/** A cross-reference problem as a diagnostic at the template line that names the label. */
export function referenceError(
  problem: CrossReferenceProblem,
  template: TemplateSource,
  set: TemplateSet,
): Diagnostic {
  const { line, partial } = templateLine(template, set, [`[[#${problem.label}]]`, `[[@${problem.label}]]`]);
  return {
    severity: 'error',
    message: partial ? `${problem.message} (written in ${partial})` : problem.message,
    file: template.file,
    ...(line !== undefined ? { line } : {}),
  };
}
