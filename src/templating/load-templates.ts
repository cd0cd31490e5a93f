import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { userError } from '../diagnostics/errors.js';
import { describeIssue } from '../answers/describe-issue.js';
import { formatPath } from '../diagnostics/diagnostic.js';
import { frontMatterSchema, splitFrontMatter, type FrontMatter } from './front-matter.js';

/** A template as read from disk: its front matter and its Handlebars body. */
export interface TemplateSource {
  meta: FrontMatter;
  body: string;
  /** Path shown in errors: relative to the package's templates folder's parent, or as the CLI shows an agency's. */
  file: string;
  /** Line of the body's first line in the file, so errors point at the right line. */
  bodyLine: number;
}

export interface TemplateSet {
  templates: TemplateSource[];
  partials: Record<string, { body: string; file: string }>;
}

/**
 * Reads every `templates/<id>/template.md.hbs`, `templates/partials/*.md.hbs` and
 * `templates/partials/definitions/*.md.hbs`.
 */
export async function loadTemplates(
  dir: string,
  shown: (path: string) => string = (path) => relative(join(dir, '..'), path),
): Promise<TemplateSet> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory());
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  const templates: TemplateSource[] = [];
  const partials: TemplateSet['partials'] = {};
  for (const entry of entries) {
    if (entry.name === 'partials') {
      // `partials/definitions/<term>.md.hbs` are the packet's definitions, one file per term,
      // included as `{{> definitions/<term>}}`.
      for (const folder of ['', 'definitions/']) {
        const names = await readdir(join(dir, 'partials', folder)).catch(() => [] as string[]);
        for (const name of names.sort()) {
          if (!name.endsWith('.md.hbs')) continue;
          const path = join(dir, 'partials', folder, name);
          partials[folder + name.slice(0, -'.md.hbs'.length)] = {
            body: await readFile(path, 'utf8'),
            file: shown(path),
          };
        }
      }
      continue;
    }
    const path = join(dir, entry.name, 'template.md.hbs');
    const source = await readFile(path, 'utf8').catch(() => null);
    if (source === null) continue;
    templates.push(parseTemplate(source, shown(path), entry.name));
  }
  templates.sort(inPacketOrder);
  return { templates, partials };
}

/** Templates in the order of the packet: by `order`, then by id. */
export function inPacketOrder(a: TemplateSource, b: TemplateSource): number {
  return a.meta.order - b.meta.order || (a.meta.id < b.meta.id ? -1 : 1);
}

function parseTemplate(source: string, file: string, folder: string): TemplateSource {
  const split = splitFrontMatter(source);
  if (!split)
    throw userError('cannot read template front matter, expected the file to start with `---`', {
      file,
      line: 1,
      column: 1,
    });
  const parsed = frontMatterSchema.safeParse(parseYaml(split.yaml));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw userError(`front matter ${formatPath(issue.path)}: ${describeIssue(issue)}`, {
      file,
      line: 2,
      column: 1,
    });
  }
  if (parsed.data.id !== folder) {
    throw userError(
      `template id \`${parsed.data.id}\` differs from its folder \`${folder}\`, expected them equal`,
      { file, line: 2, column: 1 },
    );
  }
  return { meta: parsed.data, body: split.body, file, bodyLine: split.bodyLine };
}
