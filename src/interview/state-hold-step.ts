import { STATE_NAMES, stateHoldOf, type StateHold } from '../answers/state-holds.js';
import { getIn, isRecord, pathKey, setIn, type Path } from './draft.js';
import type { GroupField } from './questions-from-schema.js';
import { answer, askFields, flushHeadings, type FlowContext } from './flow.js';

const FACTS = ['common_name', 'citation', 'officer_may_initiate', 'initial_hold', 'forms'] as const;

function describeHold(hold: StateHold): string {
  const lines = [
    ['Common name', hold.common_name],
    ['Statute', hold.citation],
    ['Officer may initiate', hold.officer_may_initiate],
    ['Initial hold', hold.initial_hold],
    ['Forms', hold.forms],
  ]
    .filter(([, value]) => value)
    .map(([name, value]) => `    ${name}: ${value}`);
  return lines.join('\n');
}

/**
 * The state's emergency-hold facts: shown from data/state-holds.json with their verified-on date
 * and confirmed, or corrected into `disposition.state_hold`. A state without a verified row is
 * asked for them, and they are marked for counsel (`verified_by_counsel: false`).
 */
export async function askStateHold(ctx: FlowContext, path: Path, group: GroupField): Promise<void> {
  const state = getIn(ctx.draft, ['jurisdiction', 'state']);
  if (typeof state !== 'string') return;
  const hold = stateHoldOf(state);
  const stateName = STATE_NAMES[state] ?? state;
  const current = getIn(ctx.draft, path);
  if (ctx.mode === 'missing' && current !== undefined) return;
  const override = isRecord(current) ? current : null;
  flushHeadings(ctx);
  let verified = false;
  if (hold.status === 'verified') {
    ctx.prompter.say(
      `  Emergency psychiatric hold in ${stateName} (checked on ${hold.verified_on ?? 'an unknown date'}):\n${describeHold(hold)}`,
    );
    const right = await ctx.prompter.confirm({
      id: `${pathKey(path)}:confirm`,
      message: `Are these right for ${stateName}?`,
      help: 'Laws change. Answer "no" to correct them; the drafts will use your corrections.',
      default: override === null,
    });
    if (right) return answer(ctx, path, null);
    verified = true;
  } else {
    ctx.prompter.say(
      `  There is no verified entry for ${stateName}’s emergency-hold law yet. Give what you know;` +
        ' the drafts will mark these facts for counsel to verify.',
    );
  }
  const prefill: Record<string, unknown> = { ...(override ?? {}) };
  for (const fact of FACTS) prefill[fact] ??= hold[fact] ?? undefined;
  if (!verified) prefill.verified_by_counsel = false;
  setIn(ctx.draft, path, prefill);
  const fields = group.fields.filter((f) => verified || f.key !== 'verified_by_counsel');
  await askFields({ ...ctx, mode: 'all', ignoreAsked: true, essentials: false }, path, fields);
  const given = getIn(ctx.draft, path);
  // Every fact left blank is no override: the drafts must not say facts were supplied.
  const none = isRecord(given) && FACTS.every((fact) => !hasText(given[fact]));
  await answer(ctx, path, none && !verified ? null : given);
}

function hasText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}
