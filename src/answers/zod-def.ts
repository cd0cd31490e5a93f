import type { z } from 'zod';

/** Any zod schema, and the parts of its definition that walkers of the answers schema step through. */
export type AnyZod = z.core.$ZodType;
export type ZodDef = {
  type: string;
  innerType?: AnyZod;
  in?: AnyZod;
  element?: AnyZod;
  shape?: Record<string, AnyZod>;
};
