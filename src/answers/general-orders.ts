import { z } from 'zod';
import * as F from './fields.js';

/** The drafts that are general orders of the lead agency (templates of kind `policy`). */
export const GENERAL_ORDERS = {
  'crisis-response-policy': 'Response to persons in a behavioral-health crisis',
  'dispatch-protocol': 'Call-taking and dispatch protocol',
  'custody-transport-policy': 'Emergency custody and transport',
  'idd-encounter-policy': 'Encounters with people with intellectual and developmental disabilities',
  'homeless-outreach-policy': 'Homeless outreach and engagement',
} as const;

export type GeneralOrderId = keyof typeof GENERAL_ORDERS;

function generalOrder(title: string) {
  return z
    .strictObject({
      number: F.optionalText({
        prompt: `${title}: the order's number (without the prefix, e.g. "4.12")`,
        blank: 'GENERAL ORDER NUMBER',
      }),
      effective_date: F.optionalDate({
        prompt: `${title}: the date it takes effect, if not the agreements' effective date (YYYY-MM-DD)`,
      }),
      rescinds: F.optionalText({
        prompt: `${title}: the orders it replaces (or "none")`,
        blank: 'ORDERS RESCINDED, OR NONE',
      }),
    })
    .prefault({})
    .meta({ description: `General order: ${title.toLowerCase()}` });
}

/** Per general order: its number, its own effective date, and the orders it rescinds. */
export const generalOrdersSchema = z
  .strictObject(
    Object.fromEntries(Object.entries(GENERAL_ORDERS).map(([id, title]) => [id, generalOrder(title)])) as {
      [K in GeneralOrderId]: ReturnType<typeof generalOrder>;
    },
  )
  .prefault({})
  .meta({ section: 'term', description: 'General orders: number, effective date, orders rescinded' });
