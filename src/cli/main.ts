import { runCli } from './run-cli.js';

/** The process edge: the only place that reads argv and the environment and calls process.exit. */
const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
});
process.exitCode = code;
