import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MODULES_DIR = path.dirname(fileURLToPath(import.meta.url));

/** Every module's schema.graphql, in a stable order (common first, as it defines Query). */
export function loadTypeDefs(): string[] {
  const modules = readdirSync(MODULES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => (a === 'common' ? -1 : b === 'common' ? 1 : a.localeCompare(b)));
  return modules.flatMap((name) => {
    try {
      return [readFileSync(path.join(MODULES_DIR, name, 'schema.graphql'), 'utf8')];
    } catch {
      return [];
    }
  });
}
