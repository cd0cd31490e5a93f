import CA from '../../data/state-law/CA.json' with { type: 'json' };
import FL from '../../data/state-law/FL.json' with { type: 'json' };
import OR from '../../data/state-law/OR.json' with { type: 'json' };
import TX from '../../data/state-law/TX.json' with { type: 'json' };
import { stateLawFileSchema, type StateLawFile } from './state-law-schema.js';

/**
 * Every file under data/state-law/, by state code. Imported (not read from disk) so that the
 * bundle carries them; a new state is one JSON file and one line here, and the schema test
 * fails if the two disagree.
 */
export const STATE_LAW_FILES: Record<string, unknown> = { CA, FL, OR, TX };

const parsed = new Map<string, StateLawFile>();

/** The validated file for a state, or null when the state has none. */
export function stateLawFileOf(state: string): StateLawFile | null {
  const raw = STATE_LAW_FILES[state];
  if (raw === undefined) return null;
  let file = parsed.get(state);
  if (!file) {
    const result = stateLawFileSchema.safeParse(raw);
    if (!result.success) {
      // The schema test refuses such a file before it ships, so reaching this is a bug.
      throw new Error(
        `data/state-law/${state}.json does not match its schema, please report: ${result.error.message}`,
      );
    }
    file = result.data;
    parsed.set(state, file);
  }
  return file;
}
