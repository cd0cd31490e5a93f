import type { Document, DocumentMeta } from '../ast/types.js';
import { plainText } from '../ast/plain-text.js';
import { blocksFromMarkdown, MarkdownShapeError } from '../ast/from-markdown.js';
import { normalizeAnswers } from '../answers/normalize.js';
import { readAnswersFile } from '../answers/read-answers.js';
import type { Answers } from '../answers/schema.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { UserError, userError } from '../diagnostics/errors.js';
import { assembleDrafts } from '../document/assemble-document.js';
import type { StateLawModel } from '../legal/state-law.js';
import { expandAcronyms, unexpandedAcronyms } from '../document/expand-acronyms.js';
import { resolveCrossReferences } from '../document/resolve-cross-references.js';
import { collapseDoublePeriods, escapeDeep } from '../templating/escape-markdown.js';
import { withStateTerms } from '../legal/state-law-terms.js';
import type { TemplateSource } from '../templating/load-templates.js';
import { prepareTemplates } from '../templating/prepare-templates.js';
import { agencyTemplatesBeside, type AgencyTemplates } from '../templating/agency-templates.js';
import { packageTemplatesDir } from '../util/package-root.js';
import { applicability } from './applies.js';
import { codesNamingTheHoldStatute } from '../legal/cad-codes.js';
import { partiesOf, partiesOfDocument } from '../legal/parties.js';
import { withLegalModel } from '../legal/legal-model.js';
import { sharingErrors } from './sharing-errors.js';
import {
  acronymError,
  definedTermErrors,
  dutyErrors,
  packetDefinitionErrors,
  referenceError,
} from './drafting-checks.js';
import { consentFormOf } from '../legal/consent-form.js';
import { cmiaTypeRule } from '../legal/consent-state-rules.js';
import { actorsOf } from '../legal/duty-actors.js';
import { routingOf } from '../legal/routing.js';
import { psapFrameOf } from '../legal/binders.js';
import { checkRouting } from '../legal/routing/check-routing.js';
import { collectOpenItems, type OpenItem } from '../document/open-items.js';
import { generalOrderView } from './general-order-view.js';
import { withNegotiatedText } from '../adopt/negotiated-text.js';
import type { LoadedOverrides } from '../adopt/overrides-file.js';
import { summarizePacket } from './packet-summary.js';
import { draftDate, effectiveDateWarnings, latestRevision, timestampOf } from './dates.js';

export interface RenderOptions {
  /** Only these template ids (all applicable ones when empty). */
  only: string[];
  sourceDateEpoch?: string;
  /** Today's date (YYYY-MM-DD) from the CLI's clock, for warnings only; never printed in a draft. */
  today?: string;
  /** Defaults to the package's own `templates/`. */
  templatesDir?: string;
  /** An agency's own templates over those (agency-templates.ts); renderPacketFromFile finds them beside the answers file. */
  agencyTemplates?: AgencyTemplates | null;
  /** How a file is named in messages (relative to the working folder); defaults to the path. */
  show?: (path: string) => string;
  /** The parties' negotiated text, by document id (src/adopt): put in place of generated clauses. */
  overrides?: ReadonlyMap<string, LoadedOverrides>;
  /** Called with the templates about to be rendered, before any is (a build refuses early). */
  beforeRendering?: (templates: readonly TemplateSource[], answers: Answers) => Promise<void>;
}

/** One rendered draft: the template it came from, its Markdown source and its Document. */
export interface RenderedDocument {
  template: TemplateSource;
  markdown: string;
  document: Document;
  /** Why the document is in the packet, in words. */
  reason: string;
  /** The facts its template left open (its blanks), as listed under its Open Items. */
  openItems: OpenItem[];
  /** A form's sheet for counsel (its draft notice, drafter's notes and open items): a file of its own. */
  counselSheet: Document | null;
}

export interface RenderedPacket {
  answers: Answers;
  answersText: string;
  documents: RenderedDocument[];
  skipped: { id: string; reason: string }[];
  warnings: Diagnostic[];
}

/** Reads and validates an answers file, then renders every applicable template. No file is written. */
export async function renderPacketFromFile(
  answersFile: string,
  options: RenderOptions,
): Promise<RenderedPacket> {
  const read = await readAnswersFile(answersFile).catch((error: NodeJS.ErrnoException) => {
    throw userError(`cannot read answers file: ${error.code === 'ENOENT' ? 'no such file' : error.message}`, {
      file: answersFile,
    });
  });
  const errors = read.diagnostics.filter((d) => d.severity === 'error');
  if (!read.answers || errors.length > 0) throw new UserError(read.diagnostics);
  const packageTemplates = options.templatesDir ?? packageTemplatesDir();
  const agencyTemplates =
    options.agencyTemplates === undefined
      ? agencyTemplatesBeside(answersFile, packageTemplates, options.show ?? ((path) => path))
      : options.agencyTemplates;
  const packet = await renderPacket(read.answers, { ...options, agencyTemplates });
  return { ...packet, answersText: read.text };
}

/** Renders every applicable template for validated answers. */
export async function renderPacket(answers: Answers, options: RenderOptions): Promise<RenderedPacket> {
  const { set, render } = await prepareTemplates(
    options.templatesDir ?? packageTemplatesDir(),
    options.agencyTemplates ?? undefined,
  );
  const known = set.templates.filter((t) => t.meta.kind !== 'report').map((t) => t.meta.id);
  const unknown = options.only.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    throw userError(`no document \`${unknown.join('`, `')}\`, expected one of ${known.join(', ')}`, {}, 2);
  }
  const generatedOn = draftDate(answers, options.sourceDateEpoch);
  // Unescaped, to compare with the drafts' plain text.
  const rawParties = partiesOf(answers);
  const actors = actorsOf(rawParties, answers);
  const model = withLegalModel(escapeDeep(normalizeAnswers(answers, generatedOn ?? '')));
  const consentForm = consentFormOf(model);
  const documents: RenderedDocument[] = [];
  const skipped: { template: TemplateSource; reason: string }[] = [];
  const warnings: Diagnostic[] = [
    ...stateLawWarnings(model.derived.stateLaw),
    ...effectiveDateWarnings(answers.agreement.effective_date, generatedOn, options.today).map(
      (message): Diagnostic => ({ severity: 'warning', message }),
    ),
    ...codesNamingTheHoldStatute(answers.dispatch.cad_codes, [
      model.derived.hold.citation,
      model.derived.hold.common_name,
    ]).map((c): Diagnostic => ({
      severity: 'warning',
      message: `dispatch.cad_codes: the code \`${c.code}\` carries the number of the emergency-hold statute (§ ${c.section}), so every call so coded reads as a hold; the dispatch protocol asks for a code that describes the call`,
    })),
  ];
  // Overviews go last: they describe the drafts rendered before them.
  const ordered = set.templates
    .filter((t) => t.meta.kind !== 'report')
    .sort((a, b) => Number(a.meta.kind === 'overview') - Number(b.meta.kind === 'overview'));
  const wanted = (template: TemplateSource) =>
    options.only.length === 0 || options.only.includes(template.meta.id);
  // An overview describes every applicable draft, so it needs them all rendered; other documents
  // need only themselves.
  const renderAll = ordered.some((t) => t.meta.kind === 'overview' && wanted(t));
  const toRender = ordered.filter((template) => {
    const { applies, reason } = applicability(template.meta, answers);
    if (!applies) skipped.push({ template, reason });
    return applies && (renderAll || wanted(template));
  });
  await options.beforeRendering?.(toRender.filter(wanted), answers);
  // Drafting errors (defined terms, duties on non-signers) are gathered over the whole packet,
  // so one build reports them all.
  const errors: Diagnostic[] = [];
  for (const template of toRender) {
    const { reason } = applicability(template.meta, answers);
    const doc = partiesOfDocument(model.derived.partyModel, template.meta.id);
    const order = generalOrderView(model, template.meta.id);
    const routing = routingOf(
      model,
      doc,
      psapFrameOf(model.derived.partyModel, template.meta.id, template.meta.kind, model.dispatch.center_name),
    );
    const data =
      template.meta.kind === 'overview'
        ? { ...model, doc, order, routing, packet: escapeDeep(summarizePacket(documents, skipped, answers)) }
        : { ...model, doc, order, routing, consentForm };
    const markdown = withStateTerms(
      collapseDoublePeriods(render(template)(data as typeof model)),
      model.derived.stateLaw.definedTerms,
    );
    const body = parseBody(markdown, template);
    expandAcronyms(body);
    const unexpanded = unexpandedAcronyms(body);
    if (unexpanded.length > 0) throw new UserError(unexpanded.map((a) => acronymError(a, template, set)));
    const references = resolveCrossReferences(body);
    if (references.length > 0) throw new UserError(references.map((p) => referenceError(p, template, set)));
    const negotiated = options.overrides?.get(template.meta.id);
    if (negotiated) warnings.push(...withNegotiatedText(body, negotiated, template.meta.id));
    const openItems = collectOpenItems(body, template.meta.id);
    // The title is the template's, unless its own first heading chose another (the dispatch
    // protocol is a joint operating procedure when the 911 center is a separate organization).
    const heading = body.find((b) => b.type === 'heading' && b.level === 1);
    const base = documentMeta(template, answers, generatedOn);
    const title = heading?.type === 'heading' ? plainText(heading.content) : base.title;
    const { document, counselSheet } = assembleDrafts(retitled(base, title), body, openItems);
    // The drafting checks read every file a template writes: a form and its counsel sheet alike.
    if (wanted(template))
      for (const drafted of counselSheet ? [document, counselSheet] : [document])
        errors.push(
          ...definedTermErrors(drafted, template, set, Object.values(model.derived.stateLaw.definedTerms)),
          ...dutyErrors(drafted, rawParties, actors, template, set),
          ...sharingErrors(drafted, model.legal.sharing, template, set),
        );
    documents.push({ template, markdown, document, reason, openItems, counselSheet });
  }
  errors.push(...packetDefinitionErrors(documents, set));
  if (errors.length > 0) throw new UserError(errors);
  // The orders, the dispatch protocol and the MOUs must state the one computed routing.
  const contradictions = checkRouting(
    documents.map((d) => ({ id: d.template.meta.id, blocks: d.document.blocks })),
    routingOf(model, model.derived.partyModel.byDefault),
  );
  if (contradictions.length > 0)
    throw new UserError(
      contradictions.map((c) => ({
        severity: 'error' as const,
        message: `${c.document} ${c.message}`,
        file: documents.find((d) => d.template.meta.id === c.document)?.template.file,
      })),
    );
  const selected = documents.filter((d) => wanted(d.template));
  selected.sort((a, b) => a.template.meta.order - b.template.meta.order);
  return {
    answers,
    answersText: '',
    documents: selected,
    skipped: skipped.map(({ template, reason }) => ({ id: template.meta.id, reason })),
    warnings,
  };
}

/** A state's facts past their review date: the drafts carry an open item, and the build says so. */
function stateLawWarnings(law: StateLawModel): Diagnostic[] {
  if (!law.reviewOverdue) return [];
  const message = `the ${law.stateName} facts in data/state-law/${law.state}.json were due for re-verification by ${law.reviewBy}; the orders mark them for counsel until they are checked again`;
  return [{ severity: 'warning', message }];
}

/**
 * The meta under the title the document's heading chose. A short title that abbreviates the
 * template's own kind of instrument ("... MOU") would misname an internal operating agreement in
 * the running header (counsel cold read, Juniper Falls, session 11, finding 5), so it follows the
 * new kind; a short title that names no kind ("Call-Taking and Dispatch (911 and 988)") stays.
 */
export function retitled(base: DocumentMeta, title: string): DocumentMeta {
  const fromMou = /^(.*) Memorandum of Understanding$/.exec(base.title);
  const toInternal = /^(.*) Internal Operating Agreement$/.exec(title);
  const { shortTitle } = base;
  if (fromMou && toInternal && fromMou[1] === toInternal[1] && shortTitle?.endsWith(' MOU'))
    return {
      ...base,
      title,
      shortTitle: `${shortTitle.slice(0, -' MOU'.length)} Internal Operating Agreement`,
    };
  return { ...base, title };
}

/** What writers put in headers, footers and file properties. */
export function documentMeta(
  template: TemplateSource,
  answers: Answers,
  generatedOn: string | null,
): DocumentMeta {
  return {
    id: template.meta.id,
    title: template.meta.title,
    ...(template.meta.short_title ? { shortTitle: template.meta.short_title } : {}),
    kind: template.meta.kind,
    templateVersion: template.meta.version,
    subject: `${answers.jurisdiction.name}: ${answers.program.name ?? 'police–mental health collaboration'}`,
    author: answers.lead_agency.name,
    keywords: ['PMHC', 'police–mental health collaboration', template.meta.kind, ...answers.program.models],
    generatedOn,
    timestamp: timestampOf(generatedOn),
    language: template.meta.language,
    revision: latestRevision(answers)?.version ?? null,
    ...(generatedOn ? { dateOrigin: dateOrigin(answers, generatedOn) } : {}),
    ...authorizationType(template, answers),
  };
}

/** The consent form (each language) is an authorization: where the state sets its type size, so do its writers. */
function authorizationType(template: TemplateSource, answers: Answers): { bodySize?: number } {
  const rule = template.meta.id.startsWith('consent-to-release')
    ? cmiaTypeRule(answers.jurisdiction.state)
    : null;
  return rule ? { bodySize: rule.points } : {};
}

/** Says which answer dates a draft (see draftDate): the notice names it, never "generated on". */
function dateOrigin(answers: Answers, date: string): string {
  const latest = latestRevision(answers);
  if (latest?.date === date) return `the date of revision ${latest.version} in the answers file`;
  if (answers.agreement.effective_date === date) return 'the effective date in the answers file';
  return 'the date SOURCE_DATE_EPOCH sets for this build';
}

export function parseBody(markdown: string, template: TemplateSource) {
  try {
    return blocksFromMarkdown(markdown);
  } catch (error) {
    if (error instanceof MarkdownShapeError) {
      throw userError(`${error.message} (line ${error.line} of the rendered Markdown)`, {
        file: template.file,
      });
    }
    throw error;
  }
}
