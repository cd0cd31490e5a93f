import { z } from 'zod';
import { answersObject } from './schema.js';

/** The JSON Schema of the answers file, for editors (yaml-language-server) and `pmhc schema`. */
export function answersJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(answersObject, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    $id: 'https://pmhc-docs.invalid/answers.schema.json',
    title: 'pmhc-docs answers file',
    description:
      'What people said about one jurisdiction for its Police–Mental Health Collaboration documents.',
  };
}
