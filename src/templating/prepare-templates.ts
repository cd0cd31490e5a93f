import { createHash } from 'node:crypto';
import { UserError } from '../diagnostics/errors.js';
import { checkTemplate } from './check-template.js';
import { loadTemplates, type TemplateSet, type TemplateSource } from './load-templates.js';
import { probeModel } from './probe-model.js';
import { createRenderer, type CompiledTemplate } from './render-template.js';

/** A checked template set with each template compiled, ready to render many answers files. */
export interface PreparedTemplates {
  set: TemplateSet;
  render: (template: TemplateSource) => CompiledTemplate;
}

// Keyed by the templates' own text, so an edited template is checked and compiled again while
// a test suite or a diff that renders many answers files pays for compilation once.
const prepared = new Map<string, PreparedTemplates>();

/** Loads, checks against the schema and compiles the templates of a folder (memoized). */
export async function prepareTemplates(dir: string): Promise<PreparedTemplates> {
  const set = await loadTemplates(dir);
  const key = fingerprint(set);
  const cached = prepared.get(key);
  if (cached) return cached;
  const probe = probeModel();
  const problems = set.templates.flatMap((t) => checkTemplate(t, set, probe));
  if (problems.length > 0) throw new UserError(problems);
  const renderer = createRenderer(set);
  const compiled = new Map<string, CompiledTemplate>();
  const result: PreparedTemplates = {
    set,
    render: (template) => {
      let fn = compiled.get(template.file);
      if (!fn) {
        fn = renderer.compile(template);
        compiled.set(template.file, fn);
      }
      return fn;
    },
  };
  prepared.set(key, result);
  return result;
}

function fingerprint(set: TemplateSet): string {
  const hash = createHash('sha256');
  for (const t of set.templates) hash.update(`${t.file}\0${t.bodyLine}\0${JSON.stringify(t.meta)}\0${t.body}\0`);
  for (const [name, p] of Object.entries(set.partials)) hash.update(`${name}\0${p.body}\0`);
  return hash.digest('hex');
}
