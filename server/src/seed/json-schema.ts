import { z } from 'zod';
import { seedFileSchema } from './schema.ts';

/**
 * seeds/schema.json, generated from the zod schema so editors (yaml-language-server) validate
 * seed files as they are typed. `npm run seeds:schema` writes it; a unit test keeps it current.
 */
export function seedJsonSchema(): string {
  const schema = z.toJSONSchema(seedFileSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Virkemiddelkart seed file', description: 'One file of the graph content in seeds/. See docs/graph-model.md.' }, null, 2)}\n`;
}
