// Runs `pmhc interview` from the sources, for trying it by hand before the CLI is bundled:
// npx tsx tests/interview/dev-interview.ts [--answers FILE] [--all]
import { parseArgs } from 'node:util';
import { interviewCommand } from '../../src/cli/commands/interview.js';

const args = parseArgs({ options: interviewCommand.options, allowPositionals: true });
process.exitCode = await interviewCommand.run(args, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
});
