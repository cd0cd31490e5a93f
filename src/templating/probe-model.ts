import { z } from 'zod';
import { answersSchema, type Answers } from '../answers/schema.js';
import { normalizeAnswers, type Model } from '../answers/normalize.js';
import { summarizePacket } from '../build/packet-summary.js';
import { generalOrderView } from '../build/general-order-view.js';
import { scoreAssessment } from '../assess/score.js';
import { withLegalModel } from '../legal/legal-model.js';
import { consentFormOf, type ConsentForm } from '../legal/consent-form.js';
import { CA_CMIA_MINORS, CA_CMIA_TYPE_SIZE } from '../legal/consent-state-rules.js';
import { routingOf } from '../legal/routing.js';
import { STATE_LAW_FILES } from '../legal/state-law-files.js';

/**
 * A model with every field filled and every list holding one item, built from the schema
 * itself: the template checker resolves template paths against its shape, so a field that the
 * schema lacks is caught even in a branch the examples never take.
 */
export function probeModel(): Record<string, unknown> {
  const answers = answersSchema.parse(probeOf(answersSchema)) as Answers;
  // A state with a data/state-law/ file, so that its lists (notes, steps) hold items too.
  answers.jurisdiction.state = Object.keys(STATE_LAW_FILES).sort()[0] as Answers['jurisdiction']['state'];
  // One language with a translation and one without, so that both of the form's lists hold items.
  answers.consent.languages = ['es', 'vi'];
  const model = withLegalModel(withEveryParty(normalizeAnswers(answers, '2026-01-01')));
  const packet = summarizePacket([], []);
  const report = scoreAssessment(answers, [], { answers, label: 'x' });
  return {
    ...model,
    doc: model.derived.partyModel.byDefault,
    routing: routingOf(model, model.derived.partyModel.byDefault),
    order: generalOrderView(model, 'crisis-response-policy'),
    consentForm: withEveryChoice(consentFormOf(model)),
    report: {
      ...report,
      moved: report.elements[0]!.items,
      gaps: [{ element: 'x', text: 'x', status: 'x', owner: 'x' }],
    },
    packet: {
      ...packet,
      documents: [
        {
          id: 'x',
          title: 'x',
          kind: 'x',
          version: '1.0.0',
          elements: [1],
          openItemCount: 0,
          reason: 'x',
          signers: 'x',
        },
      ],
      skipped: [{ id: 'x', title: 'x', reason: 'x' }],
      parties: [{ name: 'x', kindLabel: 'x', signs: 'x', hipaaLabel: 'x', part2Label: 'x' }],
      openItems: [{ document: 'x', label: 'x', sections: ['1'] }],
      openFacts: [{ label: 'x', places: 'x' }],
      assessment: { answered: 1, total: 1, overall: 1, scores: ['x'] },
    },
  };
}

/** The probe's party lists hold no null: a template may read `doc.psap.name` inside an `if`. */
function withEveryParty(model: Model): Model {
  const pm = model.derived.partyModel;
  const outside = [
    {
      role: 'psap' as const,
      roleLabel: 'x',
      holder: 'x',
      holderIsPartner: true,
      hasAdoptionRow: true,
      openItem: 'X',
    },
  ];
  const filled = <
    T extends { psap: unknown; center988: unknown; outsideRoles?: unknown[]; attested?: unknown[] },
  >(
    view: T,
  ): T => ({
    ...view,
    psap: view.psap ?? pm.lead,
    center988: view.center988 ?? pm.lead,
    ...(view.outsideRoles ? { outsideRoles: outside } : {}),
    // The probe's entities are named "x", which no clerk attests for.
    ...(view.attested ? { attested: [{ party: pm.lead, clerk: 'x' }] } : {}),
  });
  const documents = Object.fromEntries(
    Object.entries(pm.documents).map(([id, view]) => [id, filled(view)]),
  ) as typeof pm.documents;
  // A hybrid entity's clause reads its list only when one exists: the probe gives it one.
  const hybridEntities = [{ legalName: 'x', components: [pm.lead], outside: [pm.lead] }];
  const partyModel = { ...filled(pm), documents, byDefault: filled(pm.byDefault), hybridEntities };
  return { ...model, derived: { ...model.derived, partyModel } };
}

const STRING_PROBES = ['x', '2026-01-01', 'x@example.org', '541-555-0142'];

function probeOf(schema: z.ZodType): unknown {
  const def = (schema as z.ZodType & { _zod: { def: { type: string } & Record<string, unknown> } })._zod.def;
  switch (def.type) {
    case 'object': {
      const shape = (schema as z.ZodObject).shape;
      return Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, probeOf(v as z.ZodType)]));
    }
    case 'array':
      return [probeOf(def.element as z.ZodType)];
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'optional':
    case 'readonly':
      return probeOf(def.innerType as z.ZodType);
    case 'pipe':
      return probeOf(def.in as z.ZodType);
    case 'enum':
      return Object.values(def.entries as Record<string, string>)[0];
    case 'literal':
      return (def.values as unknown[])[0];
    case 'string':
      // The first that the field's rule accepts: slugs and partner references, dates, e-mail, phones.
      return STRING_PROBES.find((value) => schema.safeParse(value).success) ?? 'x';
    case 'number':
      return 1;
    case 'boolean':
      return true;
    default:
      throw new Error(`probe: cannot make a value for zod type \`${def.type}\`, please report`);
  }
}

/** The consent form with every list filled and its Part 2 part present, whatever the probe's parties. */
function withEveryChoice(form: ConsentForm): ConsentForm {
  const x = { en: 'x', es: 'x' };
  const recipient = { name: x, lawEnforcement: true, hipaaCovered: true, sharedSystem: false };
  const part2 = form.part2 ?? {
    holders: x,
    kinds: [x],
    recipients: [],
    coveredNames: x,
    ceStatement: 'x',
    lawEnforcement: [],
    tpo: null,
    notice: { cite: 'x', text: 'x', note: 'x' },
  };
  return {
    ...form,
    recipients: [recipient],
    clinicalToPolice: { never: x, asked: x },
    unaskedTranslations: [{ language: 'x', tag: 'x' }],
    largeType: CA_CMIA_TYPE_SIZE,
    revisionDateEs: 'x',
    minors: {
      ...form.minors,
      outside: form.minors.outside ?? 'x',
      signing: { ...CA_CMIA_MINORS, checkedEs: 'x' },
    },
    part2: {
      ...part2,
      recipients: [recipient],
      lawEnforcement: [{ what: x, why: x, agencies: ['x'] }],
      tpo: part2.tpo ?? { recipients: x },
    },
  };
}
