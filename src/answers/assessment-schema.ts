import { z } from 'zod';
import * as F from './fields.js';
import { ASSESSMENT_ITEMS, ASSESSMENT_STATUSES, STATUS_VALUES } from '../assess/items.js';

/** One item's answer: where the program stands, what shows it, and who owns the next step. */
function itemAnswer(text: string, element: number) {
  return z
    .strictObject({
      status: F.optionalChoice(STATUS_VALUES, {
        prompt: 'Where does the program stand on this?',
        choices: { ...ASSESSMENT_STATUSES },
      }),
      evidence: F.optionalText({ prompt: 'What shows it (a document, a date, a report)?' }),
      owner: F.optionalText({ prompt: 'Who owns the next step?' }),
    })
    .prefault({})
    .meta({ description: `Element ${element}: ${text}` });
}

/**
 * The PMHC self-assessment (`pmhc assess`): one entry per item, keyed by the item's id. Every
 * entry is optional; an item left out counts as not started.
 */
export const assessmentSchema = z
  .strictObject({
    assessed_on: F.optionalDate({ prompt: 'When were these ratings given (YYYY-MM-DD)?' }),
    assessed_by: F.optionalText({ prompt: 'Who gave them (e.g. "the steering committee")?' }),
    ...Object.fromEntries(ASSESSMENT_ITEMS.map((item) => [item.id, itemAnswer(item.text, item.element)])),
  })
  .prefault({})
  .meta({ section: 'assessment', description: 'The program self-assessment, item by item' });
