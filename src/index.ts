/** The public API of pmhc-docs (re-exports only). */
export { buildPacket, renderPacket, renderPacketFromFile } from './build.js';
export type { BuildOptions, BuildResult, RenderedPacket, RenderedDocument } from './build.js';
export { parseAnswers, readAnswersFile } from './answers/read-answers.js';
export { answersSchema, type Answers, type AnswersInput } from './answers/schema.js';
export { normalizeAnswers, type Model } from './answers/normalize.js';
export { blocksFromMarkdown } from './ast/from-markdown.js';
export type * from './ast/types.js';
export { formats, loadWriter, type Format } from './writers/index.js';
export { formatDiagnostic, type Diagnostic } from './diagnostics/diagnostic.js';
export { precompileTemplates } from './templating/prepare-templates.js';
export { loadTemplates } from './templating/load-templates.js';
export { runCli } from './cli/run-cli.js';
export { runSites } from './portfolio/run-sites.js';
