import { getIn, isRecord, pathKey, setIn, type Path } from './draft.js';
import type { Field, ListField } from './questions-from-schema.js';
import { ITEMS, ITEM_ORDER } from './sections.js';
import { askFields, flushHeadings, withHeading, type FlowContext } from './flow.js';

type Item = Record<string, unknown>;
type Action =
  { do: 'done' } | { do: 'add' } | { do: 'edit'; index: number } | { do: 'remove'; index: number };

function describe(field: ListField) {
  return ITEMS[field.key] ?? { noun: 'item', label: (item: Item) => JSON.stringify(item) };
}

function ordered(field: ListField): Field[] {
  const first = ITEM_ORDER[field.key] ?? [];
  const head = first
    .map((key) => field.item.find((f) => f.key === key))
    .filter((f): f is Field => f !== undefined);
  return [...head, ...field.item.filter((f) => !first.includes(f.key))];
}

/** Puts an item's keys in the schema's order, so the file reads the same as hand-written ones. */
function schemaOrder(field: ListField, item: Item): Item {
  const out: Item = {};
  for (const f of field.item) if (f.key in item) out[f.key] = item[f.key];
  for (const key of Object.keys(item)) if (!(key in out)) out[key] = item[key];
  return out;
}

/**
 * A repeating group: add, edit and remove items until the user is done. An existing list in
 * "ask what is missing" mode gets its items' missing fields filled in first.
 */
export async function editList(ctx: FlowContext, path: Path, field: ListField): Promise<void> {
  const key = pathKey(path);
  const { noun, label } = describe(field);
  const existing = getIn(ctx.draft, path);
  const inProgress = [...ctx.asked].some((k) => k.startsWith(`${key}.`));
  const items: Item[] = Array.isArray(existing) ? (existing as unknown[]).filter(isRecord) : [];
  setIn(ctx.draft, path, items);

  const askItem = async (index: number, fields: FlowContext) => {
    await withHeading(ctx, `  ${noun[0]?.toUpperCase()}${noun.slice(1)} ${index + 1}`, () =>
      askFields(fields, [...path, index], ordered(field), items[index]),
    );
    items[index] = schemaOrder(field, items[index] ?? {});
    await ctx.saved();
  };
  const fillMissing = async () => {
    for (let i = 0; i < items.length; i++) await askItem(i, { ...ctx, mode: 'missing' });
  };

  // A second run fills in what the items lack, then offers the same menu as a resumed run, so
  // a partner can be added without --all. A list left empty on purpose is not asked again.
  const again = Array.isArray(existing) && ctx.mode === 'missing' && !inProgress;
  if (again && items.length === 0) return;
  if (again || inProgress) await fillMissing();
  flushHeadings(ctx);
  const add = async () => {
    items.push({});
    ctx.asked.add(`${key}.*`);
    await askItem(items.length - 1, { ...ctx, mode: 'missing', ignoreAsked: true });
  };
  if (items.length === 0) {
    const wanted =
      items.length < field.min ||
      (await ctx.prompter.confirm({
        id: `${key}:add`,
        message: `${field.title}: add a ${noun}?`,
        default: false,
      }));
    if (wanted) await add();
  }
  while (items.length > 0) {
    ctx.prompter.say(
      `  ${field.title}:\n${items.map((item, i) => `    ${i + 1}. ${label(item)}`).join('\n')}`,
    );
    const action = await ctx.prompter.select<Action>({
      id: `${key}:menu`,
      message: `Add, change or remove a ${noun}?`,
      choices: [
        { value: { do: 'done' }, name: `Done with ${titleInSentence(field.title)}` },
        { value: { do: 'add' }, name: `Add a ${noun}` },
        ...items.map((item, index) => ({
          value: { do: 'edit', index } as Action,
          name: `Change ${label(item)}`,
        })),
        ...items.map((item, index) => ({
          value: { do: 'remove', index } as Action,
          name: `Remove ${label(item)}`,
        })),
      ],
    });
    if (action.do === 'done') {
      if (items.length >= field.min) break;
      ctx.prompter.say(`  At least ${field.min} ${noun} is needed.`);
    } else if (action.do === 'add') await add();
    else if (action.do === 'edit') await askItem(action.index, { ...ctx, mode: 'all', ignoreAsked: true });
    else {
      const sure = await ctx.prompter.confirm({
        id: `${key}:remove`,
        message: `Remove ${label(items[action.index] ?? {})}?`,
        default: false,
      });
      if (sure) {
        items.splice(action.index, 1);
        await ctx.saved();
      }
      if (items.length < field.min) await add();
    }
  }
  ctx.asked.add(key);
  await ctx.saved();
}

/** `CAD codes for …` stays as it is (an acronym); `Funding sources` becomes `funding sources`. */
export function titleInSentence(title: string): string {
  return /^[A-Z0-9]{2}/.test(title) ? title : title.charAt(0).toLowerCase() + title.slice(1);
}
