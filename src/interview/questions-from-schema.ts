import { z } from 'zod';
import type { FieldMeta } from '../answers/fields.js';

/** How a leaf answer is asked and converted. */
export type LeafKind = 'text' | 'date' | 'int' | 'number' | 'flag' | 'choice' | 'choices' | 'text-list';

/** One answer: a line of text, a number, a yes/no, or a pick from a list. */
export interface LeafField {
  type: 'leaf';
  key: string;
  kind: LeafKind;
  meta: FieldMeta;
  /** The field's own rule, the one `pmhc validate` applies (safeParse each answer with it). */
  schema: z.ZodType;
  /** Whether "left open" (null) is an answer. */
  nullable: boolean;
  /** The value the schema fills in when the field is left out. */
  fallback: unknown;
  /** Enum values, in the order `meta.choices` labels them. */
  values: string[];
}

/** A nested object (e.g. `lead_agency.head`, or a whole top-level part such as `dispatch`). */
export interface GroupField {
  type: 'group';
  key: string;
  title: string;
  section: string | undefined;
  nullable: boolean;
  fields: Field[];
}

/** A repeating group (partners, receiving facilities, ...). */
export interface ListField {
  type: 'list';
  key: string;
  title: string;
  section: string | undefined;
  min: number;
  item: Field[];
  schema: z.ZodType;
}

export type Field = LeafField | GroupField | ListField;

type AnyZod = z.core.$ZodType;

const WRAPPERS = new Set(['default', 'prefault', 'nullable', 'optional', 'pipe', 'readonly', 'catch']);

interface Unwrapped {
  base: AnyZod;
  nullable: boolean;
  fallback: unknown;
  meta: Record<string, unknown>;
}

/** Peels default/prefault/nullable/optional/pipe wrappers, collecting metadata from every layer. */
export function unwrap(schema: AnyZod): Unwrapped {
  let current = schema;
  let nullable = false;
  let fallback: unknown = undefined;
  let meta: Record<string, unknown> = {};
  for (;;) {
    meta = { ...(z.globalRegistry.get(current) ?? {}), ...meta };
    const def = current._zod.def as unknown as Record<string, unknown> & { type: string };
    if (!WRAPPERS.has(def.type)) break;
    if (def.type === 'nullable') nullable = true;
    if (def.type === 'default' && fallback === undefined) fallback = def.defaultValue;
    current = (def.type === 'pipe' ? def.in : def.innerType) as AnyZod;
  }
  return { base: current, nullable, fallback, meta };
}

/** The fields of an object schema, in its key order, as the interview asks them. */
export function fieldsOf(object: z.ZodObject): Field[] {
  const fields: Field[] = [];
  for (const [key, schema] of Object.entries(object.shape)) {
    const field = fieldOf(key, schema as AnyZod);
    if (field) fields.push(field);
  }
  return fields;
}

function fieldOf(key: string, schema: AnyZod): Field | undefined {
  const { base, nullable, fallback, meta } = unwrap(schema);
  const type = base._zod.def.type;
  const section = typeof meta.section === 'string' ? meta.section : undefined;
  const title = String(meta.description ?? meta.prompt ?? key);
  if (type === 'object') {
    return { type: 'group', key, title, section, nullable, fields: fieldsOf(base as z.ZodObject) };
  }
  if (type === 'array') {
    const element = unwrap((base._zod.def as unknown as { element: AnyZod }).element).base;
    if (element._zod.def.type === 'object') {
      // The rule's own verdict on an empty list: partners need one, the other lists none.
      const min = (base as z.ZodType).safeParse([]).success ? 0 : 1;
      return {
        type: 'list',
        key,
        title,
        section,
        min,
        item: fieldsOf(element as z.ZodObject),
        schema: schema as z.ZodType,
      };
    }
    const kind = element._zod.def.type === 'enum' ? 'choices' : 'text-list';
    return leaf(key, kind, schema, meta, nullable, fallback, valuesOf(element));
  }
  if (typeof meta.prompt !== 'string') return undefined; // schema_version and other bookkeeping
  const kind = leafKindOf(base);
  if (!kind) return undefined;
  return leaf(key, kind, schema, meta, nullable, fallback, valuesOf(base));
}

function leaf(
  key: string,
  kind: LeafKind,
  schema: AnyZod,
  meta: Record<string, unknown>,
  nullable: boolean,
  fallback: unknown,
  values: string[],
): LeafField {
  return {
    type: 'leaf',
    key,
    kind,
    meta: meta as unknown as FieldMeta,
    schema: schema as z.ZodType,
    nullable,
    fallback,
    values,
  };
}

/** The string format (`date`) or number format (`safeint`) of a schema, from its def or its checks. */
function formatOf(base: AnyZod): string | undefined {
  const def = base._zod.def as unknown as { format?: string; checks?: AnyZod[] };
  if (def.format) return def.format;
  for (const check of def.checks ?? []) {
    const format = (check._zod.def as unknown as { format?: string }).format;
    if (format) return format;
  }
  return undefined;
}

function leafKindOf(base: AnyZod): LeafKind | undefined {
  switch (base._zod.def.type) {
    case 'string':
      return formatOf(base) === 'date' ? 'date' : 'text';
    case 'number':
      return formatOf(base) === 'safeint' ? 'int' : 'number';
    case 'boolean':
      return 'flag';
    case 'enum':
      return 'choice';
    default:
      return undefined;
  }
}

function valuesOf(base: AnyZod): string[] {
  if (base._zod.def.type !== 'enum') return [];
  return Object.values((base._zod.def as unknown as { entries: Record<string, string> }).entries);
}

/** Whether the answers file is invalid without this field: its own rule rejects "left out". */
export function isRequired(field: Field): boolean {
  if (field.type === 'list') return !field.schema.safeParse(undefined).success;
  if (field.type === 'group') return field.fields.some(isRequired);
  return !field.schema.safeParse(undefined).success;
}
