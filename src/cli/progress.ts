import type { BuildProgress } from '../build/build-packet.js';
import type { CommandIo } from './command.js';

/** Work shorter than this shows no progress at all. */
const QUIET_MS = 1000;

/**
 * Progress of a long build on one stderr line, rewritten in place: only on a terminal (never in
 * a pipe or CI, where `io.progress` is false), and only once the work has taken a second.
 * `now` is injected so that tests can drive the clock. Call `done()` to clear the line.
 */
export function progressLine(io: CommandIo, now: () => number = Date.now) {
  const start = now();
  let shown = false;
  return {
    report(progress: BuildProgress) {
      if (!io.progress || now() - start < QUIET_MS) return;
      shown = true;
      io.stderr(`\r\x1b[K  ${progress.done}/${progress.total}  ${progress.file}`);
    },
    done() {
      if (shown) io.stderr('\r\x1b[K');
      shown = false;
    },
  };
}
