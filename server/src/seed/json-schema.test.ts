import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../config.ts';
import { seedJsonSchema } from './json-schema.ts';

describe('seeds/schema.json', () => {
  it('is generated from the current zod schema (run "npm run seeds:schema" after changing it)', () => {
    expect(readFileSync(path.join(ROOT_DIR, 'seeds', 'schema.json'), 'utf8')).toBe(seedJsonSchema());
  });

  it('describes the seed format for editors: known top-level lists, no unknown keys', () => {
    const schema = JSON.parse(seedJsonSchema()) as { properties: Record<string, unknown>; additionalProperties: boolean };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['sources', 'actors', 'instruments', 'relations']));
    expect(schema.additionalProperties).toBe(false);
  });
});
