/**
 * What the other drafts call the call-taking and dispatch protocol. An agency that runs its own
 * 911 center issues it as a general order; where the 911 center is a separate organization it is
 * a joint operating procedure that each organization adopts, and no draft may call it a general
 * order (counsel cold read, Brazos Bend, December 2026: the overview and the crisis-response
 * order called the joint procedure "the general order on call-taking and dispatch").
 */
export interface ProtocolName {
  kind: 'general-order' | 'joint-procedure';
  /** The protocol as a sentence names it, with its article ("the joint operating procedure ..."). */
  reference: string;
}

export function protocolNameOf(leadRunsPsap: boolean): ProtocolName {
  return leadRunsPsap
    ? { kind: 'general-order', reference: 'the [[Agency]]’s general order on call-taking and dispatch' }
    : { kind: 'joint-procedure', reference: 'the joint operating procedure on call-taking and dispatch' };
}

/** Names that fit only the other kind of instrument. */
const WRONG_NAME: Record<ProtocolName['kind'], RegExp> = {
  'joint-procedure': /\bgeneral orders?\b[^.;]{0,40}?\bcall-taking\b|\bGeneral Order: Call-Taking\b/i,
  'general-order': /\bjoint operating procedure\b/i,
};

/** The first words of `text` that name the protocol as the other kind of instrument, or null. */
export function wrongProtocolName(text: string, name: ProtocolName): string | null {
  return WRONG_NAME[name.kind].exec(text)?.[0] ?? null;
}
