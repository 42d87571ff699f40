/** `npm run seeds:schema`: writes seeds/schema.json from the zod seed schema. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT_DIR } from '../config.ts';
import { seedJsonSchema } from './json-schema.ts';

const target = path.join(ROOT_DIR, 'seeds', 'schema.json');
await writeFile(target, seedJsonSchema());
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
