import type { Check } from './audit.js';

/**
 * Every protective check of the code, by the words of the objection it raises. A check added to
 * the code gets a row here and a test that shows it objecting (`npx tsx scripts/check-audit.ts`).
 */
const check = (id: string, source: string, refuses: string, ...raises: string[]): Check => ({
  id,
  source,
  refuses,
  raises,
});

const SHARING = 'src/legal/check-sharing.ts';
const ROUTING = 'src/legal/routing/check-routing.ts';
const DRAFTING = 'src/build/drafting-checks.ts';
const TERMS = 'src/document/check-defined-terms.ts';
const REFERENCES = 'src/document/resolve-cross-references.ts';
const TEMPLATE = 'src/templating/check-template.ts';
const ASSESS = 'src/assess/checks.ts';
const OPTIONS = 'src/cli/check-options.ts';
const FIELDS = 'src/answers/fields.ts';
const BOUNDS = 'src/answers/input-bounds.ts';
const READ = 'src/answers/read-answers.ts';
const TEXT = 'src/answers/bounded-text.ts';
const CHAIN = 'src/answers/load-chain.ts';
const ISSUE = 'src/answers/describe-issue.ts';
const SCHEMA = 'src/answers/schema.ts';
const OUT = 'src/build/output-folder.ts';
const WRITE = 'src/build/write-outputs.ts';
const STAGE = 'src/build/stage-outputs.ts';
const DATES = 'src/build/dates.ts';
const PACKET = 'src/build/render-packet.ts';
const LINT = 'eslint.architecture.js';
const ADOPT = 'src/adopt/run-adopt.ts';

export const CHECKS: Check[] = [
  // The flow model held against the drafts (src/legal/check-sharing.ts).
  check(
    'sharing/treatment-basis',
    SHARING,
    'a disclosure to officers resting on HIPAA’s treatment permission',
    'no treatment basis for a disclosure to officers',
  ),
  check(
    'sharing/cad-rule',
    SHARING,
    'a CAD, RMS or flag rule other than the model’s one',
    "the packet's one CAD rule",
  ),
  check(
    'sharing/no-988-link',
    SHARING,
    'a transfer to 988 the answers give no link for',
    'no transfer to the 988 Center',
  ),
  check(
    'sharing/988-carries-only',
    SHARING,
    'a transfer to 988 that carries more than the model allows',
    'a transfer to the 988 Center carries only',
  ),
  check(
    'sharing/part2-limits',
    SHARING,
    'a clinician telling officers without the Part 2 limits',
    'the Part 2 limits',
  ),
  check(
    'sharing/build-error',
    'src/build/sharing-errors.ts',
    'a build whose drafts state a flow the model forbids',
    'states a flow of information the legal model does not allow',
  ),

  // The routing model held against the drafts (src/legal/routing/check-routing.ts).
  check(
    'routing/protocol-name',
    ROUTING,
    'a dispatch protocol called by another name',
    'calls the dispatch protocol',
  ),
  check(
    'routing/transport-rule',
    ROUTING,
    'a transport rule of a document’s own',
    'states a transport rule of its own',
  ),
  check('routing/transfer-back', ROUTING, 'a transfer-back rule of a document’s own', 'transfer-back rule'),
  check('routing/cit-dispatch', ROUTING, 'a CIT dispatch rule of a document’s own', 'CIT dispatch rule'),
  check(
    'routing/scene-lead',
    ROUTING,
    'a rule on who leads on scene of a document’s own',
    'rule on who leads on scene',
  ),
  check(
    'routing/tier-table',
    ROUTING,
    'a routing table that differs from the computed one',
    'routing table',
    'differs',
  ),
  check(
    'routing/facility-list',
    ROUTING,
    'a facility list that differs from the answers',
    'facility list',
    'differs',
  ),
  check(
    'routing/hours-table',
    ROUTING,
    'an hours table that differs from the teams',
    'hours table',
    'differs',
  ),

  // Drafting checks run on each document of a build.
  check('drafting/term-defined-twice', TERMS, 'a term defined twice in one document', 'times, expected once'),
  check('drafting/term-unused', TERMS, 'a term defined and never used', 'is defined but never used'),
  check(
    'drafting/term-undefined',
    TERMS,
    'a defined term used but never defined',
    'is used as a defined term but never defined',
  ),
  check(
    'drafting/packet-term-undefined',
    DRAFTING,
    'a packet term capitalized where the document does not define it',
    'is capitalized as the packet',
  ),
  check(
    'drafting/term-two-ways',
    DRAFTING,
    'a term defined two ways in one packet',
    'is defined two ways in this packet',
  ),
  check(
    'drafting/duty-on-outsider',
    DRAFTING,
    'a duty on an organization that does not sign or adopt',
    'puts a duty on',
  ),
  check(
    'drafting/acronym',
    DRAFTING,
    'an acronym used before it is expanded',
    'is used before it is expanded',
  ),
  check(
    'drafting/label-under-clause',
    REFERENCES,
    'a cross-reference label in a paragraph under its clause',
    "not on the clause's own line",
  ),
  check(
    'drafting/label-outside-clause',
    REFERENCES,
    'a label outside any numbered clause',
    'not inside a numbered clause',
  ),
  check('drafting/label-twice', REFERENCES, 'one label on two clauses', 'on two clauses'),
  check('drafting/dangling-reference', REFERENCES, 'a cross-reference to no label', 'points at no label'),

  // Templates checked against the answers model before any answers are merged.
  check(
    'template/unknown-field',
    TEMPLATE,
    'a template path the model does not have',
    'is not in the answers model',
  ),
  check('template/unknown-helper', TEMPLATE, 'a helper that does not exist', 'unknown helper `'),
  check(
    'template/unknown-block-helper',
    TEMPLATE,
    'a block helper other than if, unless, each, with',
    'unknown block helper',
  ),
  check('template/unknown-partial', TEMPLATE, 'a partial that does not exist', 'unknown partial'),
  check('template/parse', TEMPLATE, 'a template Handlebars cannot parse', 'cannot parse template'),

  // Self-assessment ratings the answers contradict (src/assess/checks.ts).
  check(
    'assess/e5-emergency-holds',
    ASSESS,
    'holds rated in place without verified hold facts',
    'emergency-hold facts',
  ),
  check(
    'assess/e6-transport',
    ASSESS,
    'transport rated not started though the answers set it',
    'who transports people to care',
  ),
  check(
    'assess/e6-custodial-transfer',
    ASSESS,
    'custodial transfer rated not started though a target is set',
    'hand-over target',
  ),
  check(
    'assess/e8-follow-up',
    ASSESS,
    'follow-up rated not started though the answers set it',
    'follow-up within',
  ),
  check(
    'assess/e3-refreshers',
    ASSESS,
    'refreshers rated not started though hours are set',
    'annual in-service hours',
  ),
  check(
    'assess/e10-sustainability',
    ASSESS,
    'sustainability rated not started though funding is listed',
    'lists funding sources',
  ),

  // Command-line paths checked before any work (src/cli/check-options.ts).
  check('options/folder-is-file', OPTIONS, 'a folder option naming a file', 'names a file, not a folder'),
  check(
    'options/folder-missing',
    OPTIONS,
    'a folder option naming no folder',
    'names a folder that does not exist',
  ),
  check('options/font-missing', OPTIONS, 'a --font that does not exist', '--font', 'no such file'),
  check('options/font-folder', OPTIONS, 'a --font that is a folder', 'it is a folder, not a font file'),
  check(
    'options/font-unreadable',
    OPTIONS,
    'a --font that cannot be read',
    'it cannot be read (permission denied?)',
  ),
  check(
    'options/font-not-a-font',
    'src/writers/pdf/font-file.ts',
    'a --font that is no TTF or OTF',
    'expected a TTF or OTF file',
  ),
  check(
    'options/answers-outside',
    OPTIONS,
    'init --answers outside the workspace',
    'outside the workspace folder',
  ),
  check(
    'options/answers-name',
    OPTIONS,
    'init --answers that is no plain .yaml name',
    'named with letters, digits',
  ),

  // The answers file: reading and validation.
  check('answers/yaml', READ, 'a file that is not YAML', 'cannot read YAML'),
  check('answers/unknown-field', READ, 'a field the schema does not have', 'unknown field `'),
  check('answers/not-an-allowed-value', ISSUE, 'a value outside a field’s choices', 'expected one of'),
  check('answers/missing-field', ISSUE, 'a required field left out', 'missing required field'),
  check('answers/wrong-type', ISSUE, 'an answer of the wrong type', 'expected ', ', got '),
  check('answers/partner-id-twice', SCHEMA, 'two partners with one id', 'is used twice (or is the reserved'),
  check('answers/unknown-partner', SCHEMA, 'a reference to no partner', 'no partner has the id'),
  check('answers/no-program-model', SCHEMA, 'a program with no model', 'expected at least one program model'),
  check('answers/listed-twice', FIELDS, 'a value listed twice', 'is already listed above'),
  check(
    'answers/date-year',
    FIELDS,
    'a date outside the program’s years',
    'cannot be a date of this program',
  ),
  check('answers/too-long', FIELDS, 'a line of text past its length', 'expected at most', 'characters'),
  check('answers/whole-number', FIELDS, 'a fraction where a count goes', 'expected a whole number'),
  check('answers/true-or-false', FIELDS, 'a yes/no answer that is neither', 'expected true or false'),
  check(
    'answers/extends-path',
    CHAIN,
    'an extends that is not a path',
    'expected the path of an answers file',
  ),
  check(
    'answers/extends-circle',
    CHAIN,
    'files that extend each other in a circle',
    'extend each other in a circle',
  ),
  check('answers/extends-depth', CHAIN, 'a chain of extends past its limit', 'files extend one another here'),
  check(
    'answers/extends-unreadable',
    CHAIN,
    'an extends naming a file that cannot be read',
    'cannot extend `',
  ),
  check('answers/unreadable', TEXT, 'an answers file that cannot be read', 'cannot read this file: '),

  // Input bounds: a hostile or broken file gets an error, not a hang or silent damage.
  check('bounds/file-size', TEXT, 'a file past 1 MB', 'an answers file may have'),
  check('bounds/not-utf8', TEXT, 'a file that is not UTF-8', 'the file is not UTF-8 text'),
  check(
    'bounds/forbidden-character',
    BOUNDS,
    'a control character or override typed in',
    'the file contains the character',
  ),
  check(
    'bounds/escaped-character',
    BOUNDS,
    'a forbidden character written as an escape',
    'this text contains the character',
  ),
  check('bounds/answer-length', BOUNDS, 'one answer past 5,000 characters', 'an answer may have'),
  check('bounds/depth', BOUNDS, 'lists and groups nested past the limit', 'levels deep here'),
  check('bounds/aliases', BOUNDS, 'more than 100 aliases', 'the file uses aliases'),
  check('bounds/expanded-text', READ, 'aliases that expand past 2 MB of text', 'characters of text'),
  check('bounds/alias-expansion', READ, 'aliases the parser refuses to expand', 'expand this file too much'),
  check(
    'bounds/bracket-nesting',
    READ,
    'brackets nested past the parser’s depth',
    'brackets are nested far too deeply here',
  ),

  // Build refusals: what the build will not write, and where it will not write it.
  check(
    'build/undrawable',
    'src/build/refuse-answers.ts',
    'an answer the PDF fonts cannot draw',
    'would print as an empty box',
  ),
  check(
    'build/right-to-left',
    'src/answers/right-to-left.ts',
    'right-to-left letters in a PDF',
    'which the PDF writer would print in the wrong order',
  ),
  check('build/out-under-file', OUT, '--out inside a file', 'which is a file, not a folder'),
  check(
    'build/manifest-not-file',
    OUT,
    'a manifest that is not a file',
    'in the output folder is not a file',
  ),
  check(
    'build/out-not-writable',
    OUT,
    'an output folder that cannot be written',
    'cannot write to the output folder',
  ),
  check('build/two-outputs-one-name', WRITE, 'two drafts with one file name', 'would both be written as'),
  check(
    'build/folder-in-place',
    WRITE,
    'a folder where a draft goes',
    'a folder of that name is in the output folder',
  ),
  check(
    'build/concurrent-build',
    STAGE,
    'a second build writing the same folder',
    'another pmhc build (process',
  ),
  check(
    'build/concurrent-start',
    STAGE,
    'two builds starting on one folder at once',
    'another pmhc build started writing this output folder at the same time',
  ),
  check(
    'build/source-date-epoch',
    DATES,
    'a SOURCE_DATE_EPOCH that is no date',
    'is not a whole number of seconds',
  ),
  check(
    'build/effective-date-early',
    DATES,
    'an effective date before the draft’s date',
    "is before the draft's date",
  ),
  check('build/effective-date-past', DATES, 'an effective date already past', 'is already past'),
  check('build/unknown-document', PACKET, '--only naming no document', 'no document `'),
  check(
    'build/cad-code-statute',
    PACKET,
    'a CAD code carrying the hold statute’s number',
    'carries the number of the emergency-hold statute',
  ),

  // Hand-edit protection: nothing edited by hand is overwritten or removed.
  check(
    'hand-edit/changed',
    WRITE,
    'overwriting a draft edited by hand',
    'this file was changed by hand since pmhc generated it',
  ),
  check(
    'hand-edit/not-generated',
    WRITE,
    'overwriting a file pmhc did not write',
    'this file was not generated by pmhc',
  ),
  check(
    'hand-edit/other-answers',
    WRITE,
    'overwriting another answers file’s draft',
    'another answers file whose jurisdiction',
  ),
  check(
    'hand-edit/stale-kept',
    WRITE,
    'removing a stale draft edited by hand',
    'but the file was edited by hand',
  ),
  check(
    'hand-edit/init-exists',
    'src/init/init-workspace.ts',
    'init overwriting a file',
    'cannot create: the file exists',
  ),

  // pmhc adopt: the parties' text is kept only when it can be told from pmhc's own (src/adopt).
  check(
    'adopt/kind',
    ADOPT,
    'adopting a file that is neither Word nor Markdown',
    'pmhc adopts edits made in a Word (.docx) or Markdown (.md) draft',
  ),
  check(
    'adopt/kinds-differ',
    ADOPT,
    'an edited file of another kind than its draft',
    'not the same kind of file',
  ),
  check(
    'adopt/no-manifest',
    ADOPT,
    'adopting a file from a folder pmhc did not build',
    'so pmhc cannot tell what it generated',
  ),
  check('adopt/not-in-manifest', ADOPT, 'adopting a file pmhc did not write', 'so pmhc did not write it'),
  check(
    'adopt/not-reproduced',
    ADOPT,
    'adopting from a draft pmhc cannot rebuild byte for byte',
    'cannot rebuild this draft as it was written',
  ),
  check(
    'adopt/second-party',
    ADOPT,
    'a second party’s other text for a clause already negotiated',
    'its negotiated text changed since this draft was built',
  ),
  check(
    'templates/no-folder',
    'src/cli/commands/templates.ts',
    "checking an agency's templates folder that does not exist",
    'no folder `',
  ),
  check(
    'adopt/generated-changed',
    'src/adopt/negotiated-text.ts',
    'a negotiated clause whose generated text changed',
    'pmhc now generates other text',
  ),
  check(
    'adopt/overrides-field',
    'src/adopt/overrides-file.ts',
    'an overrides file with an unknown field',
    'edit only the `text` lines',
  ),
  check(
    'adopt/overrides-deleted-text',
    'src/adopt/overrides-file.ts',
    'a clause both deleted and with text',
    'both `deleted: true` and has `text`',
  ),
  check(
    'adopt/fill-null-parent',
    'src/adopt/blank-fills.ts',
    'a filled blank under an answer that means “use pmhc data”',
    'not a block map',
  ),
  check(
    'adopt/fill-has-value',
    'src/adopt/blank-fills.ts',
    'a filled blank over an answer that holds a value',
    'already holds a value',
  ),

  // The architecture's lint rules (eslint.architecture.js).
  check(
    'lint/process-only-in-cli',
    LINT,
    'process.exit, env, cwd or argv outside src/cli/',
    'read only in src/cli/',
  ),
  check(
    'lint/formats-only-in-registry',
    LINT,
    'a format name outside the writer registry',
    'names formats: ask it',
  ),
  check(
    'lint/writer-files-imported',
    LINT,
    'an import of a writer’s own files',
    'reach the writers through the registry',
  ),
  check(
    'lint/writer-files-loaded',
    LINT,
    'an import() of a writer’s own files',
    'load the writers through the registry',
  ),
  check(
    'lint/ast-imports-nothing',
    LINT,
    'src/ast importing from the rest of src/',
    'src/ast imports nothing',
  ),
  check(
    'lint/writers-no-date',
    LINT,
    'a writer reading the date',
    'writers read no clock: the date is doc.meta.timestamp',
  ),
  check(
    'lint/writers-no-perf-hooks',
    LINT,
    'a writer importing perf_hooks',
    'timing belongs in scripts/bench',
  ),
  check(
    'lint/writers-no-performance',
    LINT,
    'a writer using the performance global',
    'writers read no clock (performance',
  ),
];
