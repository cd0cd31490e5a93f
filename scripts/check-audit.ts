// Lists each protective check of the code with the tests that show it objecting to a bad input,
// and exits 1 when a check has none (or its message no longer holds the words the audit looks
// for). Run: npx tsx scripts/check-audit.ts [--write]   (--write updates docs/testing.md)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { auditChecks, auditProblems } from './check-audit/audit.js';
import { CHECKS } from './check-audit/checks.js';
import { testingDoc, testFilesOf, TESTING_DOC } from './check-audit/testing-doc.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const results = auditChecks(CHECKS, root, testFilesOf(root));
const doc = testingDoc(results);
const path = `${root}${TESTING_DOC}`;

for (const { check, objections } of results) {
  const where = objections.length === 0 ? 'NONE' : objections.map((o) => `${o.file}:${o.line}`).join(', ');
  console.log(`${check.id.padEnd(34)} ${where}`);
}
const shown = results.filter((r) => r.objections.length > 0).length;
console.log(`\n${shown} of ${results.length} checks have a test that shows them objecting.`);

if (process.argv.includes('--write')) {
  writeFileSync(path, doc);
  console.log(`wrote ${TESTING_DOC}`);
} else if (readFileSync(path, 'utf8') !== doc) {
  console.log(`${TESTING_DOC} is out of date: run npx tsx scripts/check-audit.ts --write`);
}

const problems = auditProblems(results);
for (const problem of problems) console.error(problem);
process.exitCode = problems.length > 0 ? 1 : 0;
