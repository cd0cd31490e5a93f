import { resolve } from 'node:path';
import type { Command } from '../command.js';
import { ExitCode } from '../../diagnostics/errors.js';

export const templatesCommand: Command = {
  name: 'templates',
  summary: "check an agency's own templates folder against the answers schema and the package's templates",
  help: `Usage: pmhc templates check [FOLDER]

An agency keeps its own clauses in a \`templates/\` folder beside its answers file: a partial of the
package's name (\`templates/partials/liability.md.hbs\`, \`templates/partials/definitions/clinician.md.hbs\`)
replaces the package's in every document, a document folder of the package's id
(\`templates/cit-mou/template.md.hbs\`) replaces that document, and any other is added to the packet.
\`pmhc build\` uses the folder by itself; this command checks it first and says what it changes:
every field a template names must be in the answers schema, every partial it includes must exist,
and its front matter must be valid. Problems are printed as file:line:col. Writes nothing.

FOLDER defaults to \`templates\` in the working folder.`,
  options: {},
  async run(args, io) {
    const [verb, folder = 'templates', ...extra] = args.positionals;
    if (verb !== 'check' || extra.length > 0) {
      io.stderr('pmhc templates: expected `pmhc templates check [FOLDER]` (see `pmhc templates --help`)\n');
      return ExitCode.usage;
    }
    const { existsSync, statSync } = await import('node:fs');
    const dir = resolve(io.cwd, folder);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      io.stderr(`pmhc templates: no folder \`${folder}\`, expected the agency's templates folder\n`);
      return ExitCode.invalidInput;
    }
    const { packageTemplatesDir } = await import('../../util/package-root.js');
    const { shownFrom } = await import('../../build/write-outputs.js');
    const { loadTemplates } = await import('../../templating/load-templates.js');
    const { prepareTemplates } = await import('../../templating/prepare-templates.js');
    const { agencyChanges } = await import('../../templating/agency-templates.js');
    const packageDir = packageTemplatesDir();
    const shown = shownFrom(io.cwd);
    // Throws the problems of every file (printed as file:line:col by run-cli) before saying anything.
    const { set } = await prepareTemplates(packageDir, { dir, shown });
    const changes = agencyChanges(await loadTemplates(packageDir), await loadTemplates(dir, shown));
    const list = (names: string[]) => (names.length > 0 ? names.join(', ') : 'none');
    io.stdout(
      [
        `${folder}: checked (${set.templates.length} documents and ${Object.keys(set.partials).length} partials with the package's)`,
        `  replaces documents: ${list(changes.replacedDocuments)}`,
        `  adds documents: ${list(changes.addedDocuments)}`,
        `  replaces partials: ${list(changes.replacedPartials)}`,
        `  adds partials: ${list(changes.addedPartials)}`,
        '',
      ].join('\n'),
    );
    return ExitCode.ok;
  },
};
