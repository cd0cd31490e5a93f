import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { inPacketOrder, type TemplateSet } from './load-templates.js';

/** The folder beside the answers file that holds an agency's own templates and partials. */
export const AGENCY_TEMPLATES_FOLDER = 'templates';

/** An agency's templates folder, and how its files are named in messages. */
export interface AgencyTemplates {
  dir: string;
  shown: (path: string) => string;
}

/**
 * The agency's templates folder beside an answers file, or null when there is none. The
 * package's own folder is never taken for an agency's (an answers file at the package's root).
 */
export function agencyTemplatesBeside(
  answersFile: string,
  packageTemplates: string,
  shown: (path: string) => string,
): AgencyTemplates | null {
  const dir = join(dirname(answersFile), AGENCY_TEMPLATES_FOLDER);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return null;
  if (resolve(dir) === resolve(packageTemplates)) return null;
  return { dir, shown };
}

/**
 * The package's templates with an agency's over them: a partial of the same name (say
 * `liability` or `definitions/clinician`) replaces the package's in every document that
 * includes it, a template of the same id replaces that document, and any other is added. The
 * result is checked like the package's own (prepare-templates.ts), so an agency's file that
 * names an unknown answers field or partial is refused with its own file and line.
 */
export function withAgencyTemplates(base: TemplateSet, agency: TemplateSet): TemplateSet {
  const byId = new Map(base.templates.map((t) => [t.meta.id, t]));
  for (const t of agency.templates) byId.set(t.meta.id, t);
  const templates = [...byId.values()].sort(inPacketOrder);
  return { templates, partials: { ...base.partials, ...agency.partials } };
}

/** What an agency's folder changes in the package's set, for `pmhc templates check`. */
export function agencyChanges(base: TemplateSet, agency: TemplateSet) {
  const baseIds = new Set(base.templates.map((t) => t.meta.id));
  return {
    replacedDocuments: agency.templates.filter((t) => baseIds.has(t.meta.id)).map((t) => t.meta.id),
    addedDocuments: agency.templates.filter((t) => !baseIds.has(t.meta.id)).map((t) => t.meta.id),
    replacedPartials: Object.keys(agency.partials).filter((name) => name in base.partials),
    addedPartials: Object.keys(agency.partials).filter((name) => !(name in base.partials)),
  };
}
