import type { Model } from '../answers/normalize.js';
import { GENERAL_ORDERS, type GeneralOrderId } from '../answers/general-orders.js';

/** What a general order's header shows about itself (templates read it as `order`). */
export interface GeneralOrderView {
  /** The full number with the agency's prefix ("GO 4.12"), or null while the number is open. */
  number: string | null;
  /** The prefix alone, shown before the blank while the number is open. */
  prefix: string | null;
  /** The order's own effective date, else the agreements' one, else null. */
  effective_date: string | null;
  /** Whether the order has a date of its own (then no note about adopting the agreements' date). */
  own_date: boolean;
  rescinds: string | null;
}

/** The view of one general order; documents that are not general orders get an empty one. */
export function generalOrderView(model: Model, documentId: string): GeneralOrderView {
  const own = documentId in GENERAL_ORDERS ? model.general_orders[documentId as GeneralOrderId] : null;
  const prefix = model.lead_agency.general_order_prefix;
  const number = own?.number ?? null;
  return {
    number: number === null ? null : prefix ? `${prefix} ${number}` : number,
    prefix,
    effective_date: own?.effective_date ?? model.derived.effectiveDate,
    own_date: (own?.effective_date ?? null) !== null,
    rescinds: own?.rescinds ?? null,
  };
}
