/**
 * The modules `npm run mutate` mutates: the code that protects users (issue 14). Each names the
 * source files Stryker mutates and the tests that guard them: unit-level tests, fast enough that
 * a module runs in minutes on one core. A test that builds a whole packet would run once per
 * mutant, so each module is scored by fast tests of its own; the slower end-to-end tests of the
 * same code (tests/security, tests/cli) are not counted here.
 *
 * A large module is split into `groups`, each a Stryker run of its own (its files, its tests, its
 * report), so that no run is long on a shared machine; the module's score counts all its groups.
 */
export const modules = {
  answers: {
    what: 'answers reading and validation (YAML errors, schema issues, extends, bounds, derived facts)',
    groups: {
      read: {
        mutate: [
          'src/answers/read-answers.ts',
          'src/answers/describe-issue.ts',
          'src/answers/describe-yaml-error.ts',
          'src/answers/extends.ts',
          'src/answers/load-chain.ts',
          'src/answers/locate-answer.ts',
        ],
        tests: [
          'tests/answers/read-answers.test.ts',
          'tests/answers/hints.test.ts',
          'tests/answers/contact-checks.test.ts',
          'tests/answers/extends.test.ts',
          'tests/answers/locate-answer.test.ts',
          'tests/security/input-bounds.test.ts',
          'tests/answers/describe.test.ts',
          'tests/answers/read-rules.test.ts',
        ],
      },
      bounds: {
        mutate: [
          'src/answers/input-bounds.ts',
          'src/answers/bounded-text.ts',
          'src/answers/right-to-left.ts',
        ],
        tests: ['tests/security/input-bounds.test.ts', 'tests/answers/bounds.test.ts'],
      },
      normalize: {
        mutate: ['src/answers/normalize.ts'],
        tests: ['tests/answers/normalize.test.ts'],
      },
    },
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
    tests: [
      'tests/diff/units.test.ts',
      'tests/diff/rewritten-clause.test.ts',
      'tests/diff/merge-blocks.test.ts',
      'tests/diff/track-marks.test.ts',
    ],
  },
  determinism: {
    what: "the writers' determinism (zip order, bytes and dates, core.xml dates, PDF dates, /ID, subset tags)",
    mutate: [
      'src/writers/docx/normalize-zip.ts',
      'src/writers/docx/zip-entries.ts',
      'src/writers/docx/core-properties.ts',
      'src/writers/pdf/render-pdf.ts',
    ],
    tests: [
      'tests/docx/normalize-zip.test.ts',
      'tests/docx/zip-entries.test.ts',
      'tests/docx/determinism.test.ts',
      'tests/pdf/determinism.test.ts',
      'tests/pdf/render-pdf.test.ts',
    ],
  },
  legal: {
    what: 'the legal rules: who may share what, on which basis, routing, who signs and who bears a duty',
    groups: {
      sharing: {
        mutate: ['src/legal/sharing.ts', 'src/legal/check-sharing.ts', 'src/legal/consent-rules.ts'],
        tests: ['tests/legal/sharing-rules.test.ts'],
      },
      // The routing model in three runs of a few hundred mutants each.
      routing: {
        mutate: ['src/legal/routing.ts', 'src/legal/routing/teams.ts', 'src/legal/routing/tiers.ts'],
        tests: [
          'tests/legal/routing.test.ts',
          'tests/legal/routing-rules.test.ts',
          'tests/legal/transport-rules.test.ts',
        ],
      },
      transport: {
        mutate: [
          'src/legal/routing/transport.ts',
          'src/legal/routing/handling.ts',
          'src/legal/routing/destinations.ts',
          'src/legal/routing/law-step.ts',
        ],
        tests: [
          'tests/legal/routing.test.ts',
          'tests/legal/routing-rules.test.ts',
          'tests/legal/transport-rules.test.ts',
        ],
      },
      'check-routing': {
        mutate: ['src/legal/routing/check-routing.ts'],
        tests: ['tests/legal/routing-rules.test.ts', 'tests/legal/check-routing-rules.test.ts'],
      },
      parties: {
        mutate: ['src/legal/parties.ts', 'src/legal/duties.ts'],
        tests: ['tests/legal/party-rules.test.ts'],
      },
    },
  },
};

/** The groups of a module: its `groups`, or the whole module as one group named after it. */
export function groupsOf(name) {
  const module = modules[name];
  return module.groups ?? { [name]: { mutate: module.mutate, tests: module.tests } };
}

/** The module and group a Stryker run is for: `module` or `module/group` (PMHC_MUTATE_MODULE). */
export function runOf(spec) {
  const [name, group] = spec.split('/');
  if (!Object.hasOwn(modules, name)) return undefined;
  const groups = groupsOf(name);
  const key = group ?? (modules[name].groups ? undefined : name);
  if (key === undefined || !Object.hasOwn(groups, key)) return undefined;
  return { name, group: key, report: key === name ? name : `${name}.${key}`, ...groups[key] };
}
