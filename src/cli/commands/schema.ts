import type { Command } from '../command.js';

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of the answers file (for editors)',
  help: `Usage: pmhc schema

Prints the JSON Schema of the answers file. Editors that run yaml-language-server autocomplete
and check an answers file whose first line is
  # yaml-language-server: $schema=path/to/answers.schema.json
Save it with: pmhc schema > answers.schema.json`,
  options: {},
  async run(_args, io) {
    const { answersJsonSchema } = await import('../../answers/json-schema.js');
    io.stdout(`${JSON.stringify(answersJsonSchema(), null, 2)}\n`);
    return 0;
  },
};
