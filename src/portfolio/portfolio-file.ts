import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/**
 * A portfolio file lists the sites a technical-assistance provider builds together, so that the
 * list lives in git beside the sites instead of in a shell glob:
 *
 *     # portfolio.yaml
 *     sites:
 *       - sites/*.yaml            # every file matching, in name order
 *       - ../pilot/harlan.yaml    # or one file
 *
 * Paths are relative to the portfolio file. A `*` or `?` may stand in a path's last part only
 * (no `**`): enough for a folder of sites, and predictable.
 */
export const PORTFOLIO_KEY = 'sites';

/** Small: it lists paths. A larger file is an answers file or a mistake, not a portfolio. */
const MAX_PORTFOLIO_BYTES = 256 * 1024;

/**
 * The text of `file` if it may be a portfolio file; null for anything else. Answers files are
 * many and larger: most are told apart without parsing them.
 */
async function portfolioText(file: string): Promise<string | null> {
  const size = await stat(file).then(
    (s) => (s.isFile() ? s.size : -1),
    () => -1,
  );
  if (size < 0 || size > MAX_PORTFOLIO_BYTES) return null;
  const text = await readFile(file, 'utf8');
  return /^sites\s*:/m.test(text) ? text : null;
}

/**
 * The answers files a portfolio file lists, as paths relative to `cwd` (as the user would type
 * them), in the file's order with each pattern's matches sorted; or every problem, at its line;
 * or null when `file` is not a portfolio file (a YAML map with `sites:`) but, say, an answers file.
 * The file is read and parsed once.
 */
export async function readPortfolioFile(
  file: string,
  shown: string,
  cwd: string,
): Promise<{ sites: string[] } | { diagnostics: Diagnostic[] } | null> {
  const text = await portfolioText(file);
  if (text === null) return null;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: 'core', lineCounter });
  const contents = doc.contents;
  if (doc.errors.length > 0 || !isMap(contents) || !contents.has(PORTFOLIO_KEY)) return null;
  const at = (node: Node | null | undefined) => {
    const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0);
    return { file: shown, line, column: col };
  };
  const problem = (node: Node | null | undefined, message: string, hint?: string): Diagnostic => ({
    severity: 'error',
    path: PORTFOLIO_KEY,
    ...at(node),
    message,
    ...(hint ? { hint } : {}),
  });
  const unknown = contents.items.filter((pair) => !(isScalar(pair.key) && pair.key.value === PORTFOLIO_KEY));
  const list = contents.get(PORTFOLIO_KEY, true);
  const diagnostics = unknown.map((pair) =>
    problem(pair.key as Node, `unknown key \`${String(pair.key)}\``, 'a portfolio file holds only `sites:`'),
  );
  if (!isSeq(list) || list.items.length === 0)
    return {
      diagnostics: [
        ...diagnostics,
        problem(list ?? contents, 'expected a list of answers files, e.g. `- sites/*.yaml`'),
      ],
    };
  const folder = dirname(file);
  const sites: string[] = [];
  for (const item of list.items) {
    if (!isScalar(item) || typeof item.value !== 'string' || item.value.trim() === '') {
      diagnostics.push(
        problem(item as Node, 'expected the path of an answers file, e.g. `sites/rio-verde.yaml`'),
      );
      continue;
    }
    const matches = await expand(resolve(folder, item.value.trim()));
    if (matches.length === 0)
      diagnostics.push(
        problem(item, `\`${item.value}\` matches no file`, `paths are relative to ${shown}'s folder`),
      );
    for (const match of matches) {
      const site = relative(cwd, match).split(sep).join('/');
      if (!sites.includes(site)) sites.push(site);
    }
  }
  return diagnostics.length > 0 ? { diagnostics } : { sites };
}

/** One path, or the files a `*`/`?` pattern in its last part matches (sorted, so builds repeat). */
async function expand(pattern: string): Promise<string[]> {
  const name = basename(pattern);
  const folder = dirname(pattern);
  if (!/[*?]/.test(name)) {
    const isFile = await stat(pattern).then(
      (s) => s.isFile(),
      () => false,
    );
    return isFile ? [pattern] : [];
  }
  const matcher = new RegExp(
    `^${name
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '[^/]*')
      .replace(/\?/g, '[^/]')}$`,
  );
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && matcher.test(e.name))
    .map((e) => join(folder, e.name))
    .sort();
}
