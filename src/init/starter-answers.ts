import {
  AGENCY_TYPES,
  HIPAA_STATUSES,
  PART2_STATUSES,
  PARTNER_TYPES,
  PARTY_ROLES,
  PROGRAM_MODELS,
  SIGNED_DOCUMENTS,
} from '../answers/enums.js';

const choices = (table: Record<string, string>) => Object.keys(table).join(', ');

/**
 * A commented answers file that validates as it is: placeholders a person replaces, the choices
 * for each coded field (taken from the schema's own lists), and a first revision. Facts left out
 * become visible blanks such as [ADDRESS FOR NOTICES] in the drafts.
 */
export function starterAnswers(): string {
  return `# yaml-language-server: $schema=answers.schema.json
# Answers file for a Police–Mental Health Collaboration (PMHC) program.
#
# Replace the placeholder values below with your jurisdiction's, then run:
#   pmhc validate answers.yaml     check it (every problem with line and column)
#   pmhc build answers.yaml        write the drafts into drafts/
# \`pmhc interview --answers answers.yaml\` asks the remaining questions one by one, and
# \`pmhc schema\` lists every field. Examples of fuller files ship in pmhc-docs' examples/.
#
# How to edit: each line is "name: value"; keep the name, change the value. Indentation (spaces,
# never tabs) shows what belongs to what; "- " starts a list item. To leave a fact open, delete
# the line: the drafts show it as a bracketed blank. Never put anyone's health information here.

schema_version: 1

jurisdiction:
  name: City of Example # the jurisdiction's full name
  state: CA # two-letter state code: it selects the emergency-hold statute

lead_agency:
  name: Example Police Department
  # one of: ${choices(AGENCY_TYPES)}
  type: municipal-police
  # A department cannot sign a contract: its city or county does, "acting by and through" it.
  legal_entity: City of Example
  unit: Police Department
  head:
    name: Chief of Police Name
    title: Chief of Police

partners:
  - id: county-bh # a short id, used to refer to this partner elsewhere in this file
    name: Example County Behavioral Health Department
    # one of: ${choices(PARTNER_TYPES)}
    type: county-behavioral-health
    legal_entity: County of Example
    unit: Behavioral Health Department
    # roles beyond what its type implies, any of: ${choices(PARTY_ROLES)}
    roles: []
    # one of: ${choices(HIPAA_STATUSES)}
    hipaa_status: unknown
    # one of: ${choices(PART2_STATUSES)}
    part2_status: unknown
    signs_agreements: true # signs every agreement, unless a line below says otherwise
    # signs: { crisis-coordination-mou: false } # per document: ${choices(SIGNED_DOCUMENTS)}

program:
  # any of: ${choices(PROGRAM_MODELS)}
  models: [co-responder]

# Every version you send out gets a line here, newest last. The newest one's version and date are
# printed on every draft, and \`pmhc diff\` dates its redlines with it.
revisions:
  - version: "0.1"
    date: "2026-01-01"
    summary: Starter answers, not yet reviewed
`;
}
