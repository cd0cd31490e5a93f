/**
 * The modules `npm run mutate` mutates: the code that protects users (issue 14). Each names the
 * source files Stryker mutates and the tests that guard them: unit-level tests, fast enough that
 * a module runs in minutes on one core. A test that builds a whole packet would run once per
 * mutant, so each module is scored by fast tests of its own; the slower end-to-end tests of the
 * same code (tests/security, tests/cli) are not counted here.
 */
export const modules = {
  answers: {
    what: 'answers reading and validation (YAML errors, schema issues, bounds, right-to-left)',
    mutate: [
      'src/answers/read-answers.ts',
      'src/answers/describe-issue.ts',
      'src/answers/describe-yaml-error.ts',
      'src/answers/input-bounds.ts',
      'src/answers/right-to-left.ts',
    ],
    tests: [
      'tests/answers/read-answers.test.ts',
      'tests/answers/hints.test.ts',
      'tests/answers/contact-checks.test.ts',
      'tests/security/input-bounds.test.ts',
      'tests/security/right-to-left.test.ts',
    ],
  },
  manifest: {
    what: 'the manifest and hand-edit protection',
    mutate: [
      'src/build/manifest.ts',
      'src/build/write-outputs.ts',
      'src/build/stage-outputs.ts',
      'src/build/output-folder.ts',
    ],
    tests: ['tests/build/write-outputs.test.ts', 'tests/build/stage-outputs.test.ts'],
  },
  escaping: {
    what: 'escaping of answers into Markdown',
    mutate: ['src/templating/escape-markdown.ts', 'src/ast/markdown-literal.ts'],
    tests: ['tests/templating/escape-markdown.test.ts'],
  },
  dates: {
    what: 'draft dates and the newest revision',
    mutate: ['src/build/dates.ts', 'src/answers/latest-revision.ts'],
    tests: ['tests/build/dates.test.ts'],
  },
  diff: {
    what: 'the diff: alignment, word diff, merged blocks, change marks, answers changes, summary',
    mutate: [
      'src/diff/align-blocks.ts',
      'src/diff/diff-words.ts',
      'src/diff/merge-blocks.ts',
      'src/diff/track-marks.ts',
      'src/diff/diff-answers.ts',
      'src/diff/summarize.ts',
      'src/diff/markdown-diff.ts',
    ],
    tests: ['tests/diff/units.test.ts', 'tests/diff/rewritten-clause.test.ts'],
  },
  determinism: {
    what: "the writers' determinism (zip order and dates, core.xml dates, PDF dates, /ID, subset tags)",
    mutate: [
      'src/writers/docx/normalize-zip.ts',
      'src/writers/docx/core-properties.ts',
      'src/writers/pdf/render-pdf.ts',
    ],
    tests: [
      'tests/docx/normalize-zip.test.ts',
      'tests/docx/determinism.test.ts',
      'tests/pdf/determinism.test.ts',
    ],
  },
  legal: {
    what: 'the legal rules: who may share what, on which basis, and who bears a duty',
    mutate: ['src/legal/rules.ts', 'src/legal/flows.ts', 'src/legal/parties.ts', 'src/legal/duties.ts'],
    tests: [
      'tests/legal/flows.test.ts',
      'tests/legal/parties.test.ts',
      'tests/legal/duties.test.ts',
      'tests/legal/legal-basis.test.ts',
    ],
  },
};
