import type { DATA_ELEMENTS } from '../answers/enums.js';

/**
 * The consent form's words that vary with the answers, in each language the form is written in
 * (its fixed text is in templates/consent-to-release*). Plain words for a person in crisis:
 * short, everyday, first person. A new language adds a column here and a template folder.
 */
export const FORM_LANGUAGES = ['en', 'es'] as const;
export type FormLanguage = (typeof FORM_LANGUAGES)[number];
export type Words = Record<FormLanguage, string>;

/** Each kind of information a partner may share, as the person reads it. */
export const ELEMENT_WORDS: Record<keyof typeof DATA_ELEMENTS, Words> = {
  identity: {
    en: 'my name, birth date and other facts that show who I am',
    es: 'mi nombre, mi fecha de nacimiento y otros datos que muestran quién soy',
  },
  contact: { en: 'my address and phone number', es: 'mi dirección y mi número de teléfono' },
  'incident-summary': { en: 'what happened on the call', es: 'lo que pasó en la llamada' },
  'safety-concerns': {
    en: 'safety risks, such as weapons or threats',
    es: 'riesgos para la seguridad, como armas o amenazas',
  },
  disposition: {
    en: 'how the call ended, such as where I went',
    es: 'cómo terminó la llamada, por ejemplo adónde fui',
  },
  'referral-status': {
    en: 'where I was sent for help, and if I went',
    es: 'adónde me enviaron para recibir ayuda, y si fui',
  },
  diagnosis: {
    en: 'my diagnosis and what a clinician found',
    es: 'mi diagnóstico y lo que encontró el clínico',
  },
  'treatment-history': {
    en: 'care I had before, and who gives me care now',
    es: 'la atención que recibí antes, y quién me atiende ahora',
  },
  medications: { en: 'the medicines I take now', es: 'los medicamentos que tomo ahora' },
  'sud-treatment': {
    en: 'help I got for alcohol or drug use',
    es: 'la ayuda que recibí por el uso de alcohol o drogas',
  },
  'crisis-plan': { en: 'my crisis or safety plan', es: 'mi plan de crisis o de seguridad' },
  'criminal-history': { en: 'my criminal history record', es: 'mis antecedentes penales' },
  'cad-rms-records': {
    en: 'police and 911 records of past calls',
    es: 'los registros de la policía y del 911 sobre llamadas anteriores',
  },
  'school-records': { en: 'my school records', es: 'mis registros escolares' },
  'hmis-records': {
    en: 'my records in the homeless services system',
    es: 'mis registros en el sistema de servicios para personas sin hogar',
  },
};

/** Health facts: police and 911 get them only where a flow sends them and the person says yes. */
export const CLINICAL_ELEMENTS: readonly (keyof typeof DATA_ELEMENTS)[] = [
  'diagnosis',
  'treatment-history',
  'medications',
  'crisis-plan',
];

/**
 * What a Part 2 program may share, described "in a specific and meaningful fashion" as 42 CFR
 * 2.31(a)(3) asks: the person ticks each kind.
 */
export const SUD_RECORD_WORDS: Words[] = [
  {
    en: 'that I am or was a patient, and the dates I came',
    es: 'que soy o fui paciente, y las fechas en que recibí atención',
  },
  { en: 'my diagnosis', es: 'mi diagnóstico' },
  { en: 'my medicines', es: 'mis medicamentos' },
  { en: 'my treatment plan and how I am doing', es: 'mi plan de tratamiento y cómo voy' },
  {
    en: 'my discharge plan and where I was sent for help',
    es: 'mi plan de alta y adónde me enviaron para recibir ayuda',
  },
];

/** Why information may be shared, one per kind of flow the agreement permits. */
export const PURPOSE_WORDS = {
  safety: {
    en: 'to keep me and others safe during a crisis',
    es: 'para protegerme a mí y a otras personas durante una crisis',
  },
  care: { en: 'to plan and coordinate my care', es: 'para planear y coordinar mi atención' },
  'follow-up': {
    en: 'to check on me after a crisis and help me get services',
    es: 'para saber cómo estoy después de una crisis y ayudarme a recibir servicios',
  },
  referral: { en: 'to refer me to services I agree to', es: 'para enviarme a servicios que yo acepte' },
  housing: {
    en: 'to help me find housing and other help',
    es: 'para ayudarme a encontrar vivienda y otra ayuda',
  },
} as const satisfies Record<string, Words>;
export type PurposeKey = keyof typeof PURPOSE_WORDS;

/** A list in running text: "a, b and c" / "a, b y c"; items with commas of their own take `separator` '; '. */
export function joinWords(items: readonly string[], language: FormLanguage, separator = ', '): string {
  const and = language === 'es' ? 'y' : 'and';
  if (items.length <= 1) return items.join('');
  const last = separator === ', ' ? ` ${and} ` : `${separator}${and} `;
  return `${items.slice(0, -1).join(separator)}${last}${items.at(-1)}`;
}

/**
 * What kind of organization a name in English is, in Spanish, by its type in the answers: the
 * Spanish form keeps the name as it is and adds this after it, in parentheses.
 */
const KIND_ES: Record<string, string> = {
  'municipal-police': 'departamento de policía',
  sheriff: 'oficina del sheriff del condado',
  'state-police': 'policía estatal',
  campus: 'policía universitaria',
  tribal: 'policía tribal',
  transit: 'policía de transporte',
  'county-behavioral-health': 'departamento de salud conductual',
  'mental-health-authority': 'autoridad local de salud mental',
  'nonprofit-provider': 'proveedor de salud conductual sin fines de lucro',
  'crisis-center': 'centro de crisis',
  hospital: 'hospital',
  'receiving-facility': 'centro de estabilización de crisis',
  '911-center': 'centro de llamadas al 911',
  '988-center': 'centro de crisis 988',
  ems: 'servicios médicos de emergencia',
  'law-enforcement': 'agencia policial',
  'school-district': 'distrito escolar',
  advocacy: 'organización de apoyo',
  'housing-provider': 'servicios de vivienda',
  'dd-authority': 'autoridad de discapacidades del desarrollo',
  'crisis-stabilization': 'unidad de estabilización de crisis',
  'hospital-ed': 'sala de emergencias del hospital',
  'psychiatric-hospital': 'hospital psiquiátrico',
  'sobering-center': 'centro de desintoxicación temporal',
  detox: 'centro de desintoxicación',
};

/** A name in both languages: the Spanish adds what kind of organization it is, where known. */
export function nameWords(name: string, type: string): Words {
  const kind = KIND_ES[type];
  return { en: name, es: kind ? `${name} (${kind})` : name };
}

const MONTHS_ES = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

/** An ISO date as Spanish writes it: "1 de diciembre de 2026". */
export function longDateEs(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} de ${MONTHS_ES[(month ?? 1) - 1]} de ${year}`;
}
