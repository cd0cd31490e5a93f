/**
 * The architecture of docs/ARCHITECTURE (and /src/ast/types.ts) as lint rules, so the first
 * violation fails `npm run lint` instead of waiting for a review. tests/lint/architecture.test.ts
 * shows each rule objecting to a deliberate violation.
 *
 * ESLint replaces (does not merge) a rule's options when a later block matches the same file, so
 * each block below lists every restriction that applies to its files.
 */

const FORMAT_NAMES = /^(md|docx|pdf)$/;

/** The process's exit, environment and working folder belong to the CLI, which passes them in. */
const processOnlyInCli = [
  {
    selector: "MemberExpression[object.name='process'][property.name=/^(exit|exitCode|env|cwd|argv|chdir)$/]",
    message:
      'process.exit, process.env, process.cwd() and argv are read only in src/cli/ (CommandIo passes them in)',
  },
];

/** Format names belong to the writer registry (src/writers/index.ts). */
const formatsOnlyInRegistry = [
  {
    selector: `Literal[value=${FORMAT_NAMES}]`,
    message:
      'only the writer registry (src/writers/index.ts) names formats: ask it (formats, extensionOf, ...)',
  },
];

/** `import()` of a writer's own files: no-restricted-imports sees only static imports. */
const writerInternalsLoaded = [
  {
    selector: 'ImportExpression[source.value=/writers\\/(docx|pdf|markdown)\\/|write-worker/]',
    message:
      "load the writers through the registry (src/writers/index.ts): no import() of a writer's own files",
  },
];

/**
 * Writers are pure functions of the Document: the date they write is doc.meta.timestamp. (The
 * global `performance` is refused by no-restricted-globals below, `performance.now()` included.)
 */
const writersReadNoClock = [
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'writers read no clock: the date is doc.meta.timestamp',
  },
  {
    selector: "CallExpression[callee.name='Date']",
    message: 'writers read no clock: the date is doc.meta.timestamp',
  },
  {
    selector: "MemberExpression[object.name='Date'][property.name='now']",
    message: 'writers read no clock: the date is doc.meta.timestamp',
  },
];

const clockImports = [
  { name: 'node:perf_hooks', message: 'writers read no clock (timing belongs in scripts/bench)' },
  { name: 'perf_hooks', message: 'writers read no clock (timing belongs in scripts/bench)' },
];

const writerInternals = {
  group: ['**/writers/docx/*', '**/writers/pdf/*', '**/writers/markdown/*', '**/writers/write-worker*'],
  message: 'reach the writers through the registry (src/writers/index.ts), which alone names formats',
};

export const architecture = [
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...processOnlyInCli,
        ...formatsOnlyInRegistry,
        ...writerInternalsLoaded,
      ],
      'no-restricted-imports': ['error', { patterns: [writerInternals] }],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...formatsOnlyInRegistry, ...writerInternalsLoaded] },
  },
  {
    files: ['src/ast/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../*'], message: 'src/ast imports nothing from the rest of src/' }] },
      ],
    },
  },
  {
    files: ['src/writers/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...processOnlyInCli, ...writersReadNoClock],
      'no-restricted-imports': ['error', { paths: clockImports }],
      'no-restricted-globals': [
        'error',
        { name: 'performance', message: 'writers read no clock (performance.now)' },
      ],
    },
  },
];
