import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../config.ts';

export const CYPHER_DIR = path.join(ROOT_DIR, 'cypher');

export interface CypherFile {
  /** Path below cypher/ without the extension, e.g. "seed/merge-nodes". */
  name: string;
  text: string;
  /** `$name` parameters used in the statement (comments excluded). */
  parameters: string[];
  /** Parameters listed in the header's "Parameters:" line. */
  declaredParameters: string[];
  /** Columns listed in the header's "Returns:" line. */
  declaredColumns: string[];
  /** Whether both header lines ("// Parameters:" and "// Returns:") are present. */
  hasHeader: boolean;
}

/** Removes // line comments, keeping strings intact enough for parameter scanning. */
function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
}

function headerList(text: string, key: 'Parameters' | 'Returns'): string[] {
  const match = new RegExp(`^//\\s*${key}:\\s*(.*)$`, 'm').exec(text);
  // Parenthesised notes may contain commas: "$nodes (list of {id, label})".
  const list = (match?.[1] ?? '').replace(/\([^)]*\)/g, '').trim();
  if (list === '' || list === '-' || /^none/i.test(list)) return [];
  return list
    .split(',')
    .map((item) => item.trim().replace(/^\$/, '').split(/\s/)[0] ?? '')
    .filter(Boolean);
}

export function parseCypherFile(name: string, text: string): CypherFile {
  const body = stripComments(text);
  const parameters = [...new Set([...body.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] ?? ''))].sort();
  return {
    name,
    text: body.trim(),
    parameters,
    declaredParameters: headerList(text, 'Parameters').sort(),
    declaredColumns: headerList(text, 'Returns'),
    hasHeader: /^\/\/\s*Parameters:/m.test(text) && /^\/\/\s*Returns:/m.test(text),
  };
}

function listCypherFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return listCypherFiles(path.join(dir, entry.name), relative);
    return entry.name.endsWith('.cypher') ? [relative] : [];
  });
}

let cache: Map<string, CypherFile> | undefined;

/** Loads every statement under cypher/ once; later calls reuse the map. */
export function loadCypherFiles(dir: string = CYPHER_DIR): Map<string, CypherFile> {
  if (cache && dir === CYPHER_DIR) return cache;
  const files = new Map(
    listCypherFiles(dir).map((relative) => {
      const name = relative.replace(/\.cypher$/, '');
      return [name, parseCypherFile(name, readFileSync(path.join(dir, relative), 'utf8'))] as const;
    }),
  );
  if (dir === CYPHER_DIR) cache = files;
  return files;
}

/** The statement of one file; throws at start-up time rather than at query time when it is missing. */
export function cypher(name: string): CypherFile {
  const file = loadCypherFiles().get(name);
  if (!file) throw new Error(`No Cypher file cypher/${name}.cypher`);
  return file;
}
