import { runCli } from './run-cli.js';

/** The process edge: the only place that reads argv and the environment and calls process.exit. */

// `pmhc build … | head` closes the pipe early: the reader has what it wanted, so stop quietly
// (as `cat` does) instead of dying on an unhandled EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  today: new Date().toISOString().slice(0, 10),
  interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
  progress: Boolean(process.stderr.isTTY) && !process.env.CI,
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
});
process.exitCode = code;
