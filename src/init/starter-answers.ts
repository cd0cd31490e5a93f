import { parseYaml } from '../interview/update-yaml.js';
import { annotateAnswers } from '../interview/annotate-answers.js';

/** The starter's header, under the schema line. */
const HEADER = [
  'Answers file for a Police–Mental Health Collaboration (PMHC) program.',
  '',
  'Replace the placeholder values below with your jurisdiction’s, then run:',
  '  pmhc validate answers.yaml     check it (every problem with line and column)',
  '  pmhc build answers.yaml        write the drafts into drafts/',
  '`pmhc interview --answers answers.yaml` asks the remaining questions one by one, and',
  '`pmhc schema` lists every field. Examples of fuller files ship in pmhc-docs’ examples/.',
  '',
  'How to edit: each line is "name: value"; keep the name, change the value. Indentation (spaces,',
  'never tabs) shows what belongs to what; "- " starts a list item. To leave a fact open, delete',
  'the line: the drafts show it as a bracketed blank. Never put anyone’s health information here.',
];

const STARTER = `schema_version: 1

jurisdiction:
  name: City of Example # the jurisdiction's full name
  state: CA # two-letter state code: it selects the emergency-hold statute

lead_agency:
  name: Example Police Department
  type: municipal-police
  head:
    name: Chief of Police Name
    title: Chief of Police

partners:
  - id: county-bh # a short id, used to refer to this partner elsewhere in this file
    name: Example County Behavioral Health Department
    type: county-behavioral-health
    hipaa_status: unknown
    part2_status: unknown

program:
  models: [co-responder]

revisions:
  - version: "0.1"
    date: "2026-01-01"
    summary: Starter answers, not yet reviewed
`;

/**
 * A commented answers file that validates as it is: placeholders a person replaces, the values
 * each coded field takes (from the schema's own lists, as in a file the interview writes), and a
 * first revision. Facts left out become visible blanks such as [ADDRESS FOR NOTICES] in the drafts.
 */
export function starterAnswers(): string {
  return annotateAnswers(parseYaml(STARTER), HEADER);
}
