import type { Command } from '../command.js';
import { ExitCode } from '../../diagnostics/errors.js';
import { STATES } from '../../answers/enums.js';

export const lawCommand: Command = {
  name: 'law',
  summary:
    "print what is verified of a state's detention and confidentiality law, and what is left for counsel",
  help: `Usage: pmhc law STATE [--json] [--on YYYY-MM-DD]

Prints, for a two-letter state code (e.g. TX), each verified fact of the state's emergency
detention procedure and confidentiality law with its citation, the source it was checked against
(official text or a secondary copy), a short excerpt and the date, and then what is left for
counsel. The facts come from data/state-law/STATE.json; a state without that file shows its row
of data/state-holds.json, if any, and everything as left for counsel.

  --json             the same as JSON
  --on YYYY-MM-DD    the date against which the file's review date is checked
                     (default: SOURCE_DATE_EPOCH if set, else today)`,
  options: { json: { type: 'boolean' }, on: { type: 'string' } },
  async run(args, io) {
    const [given, ...extra] = args.positionals;
    if (!given || extra.length > 0) {
      io.stderr('pmhc law: expected one state code, e.g. `pmhc law TX`\n');
      return ExitCode.usage;
    }
    const state = given.toUpperCase();
    if (!(STATES as readonly string[]).includes(state)) {
      io.stderr(
        `pmhc law: no state \`${given}\`, expected a two-letter code such as CA, OR or TX (one of ${STATES.join(', ')})\n`,
      );
      return ExitCode.usage;
    }
    const on = typeof args.values.on === 'string' ? args.values.on : todayOf(io.env);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(on)) {
      io.stderr(`pmhc law: cannot read --on \`${on}\`, expected a date YYYY-MM-DD\n`);
      return ExitCode.usage;
    }
    const { describeStateLaw, formatStateLawReport } = await import('../../legal/describe-state-law.js');
    const report = describeStateLaw(state, on);
    io.stdout(args.values.json ? `${JSON.stringify(report, null, 2)}\n` : formatStateLawReport(report));
    return ExitCode.ok;
  },
};

/** The date `pmhc law` checks review dates against: SOURCE_DATE_EPOCH when set (reproducible), else the clock. */
function todayOf(env: Record<string, string | undefined>): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}
