/** The smallest valid answers file, for tests that change one line of it. */
export const validAnswers = `jurisdiction:
  name: Test City
  state: CA
lead_agency:
  name: Test Police Department
  type: municipal-police
partners:
  - id: clinic
    name: Test Clinic
    type: nonprofit-provider
    hipaa_status: covered-entity
    part2_status: not-part2
program:
  models: [co-responder]
`;
