/**
 * Ties the labels and relationship types written in cypher/ files to the vocabulary: every one
 * must be a label or type the graph has, and every list of them that remains in a file (where Cypher
 * cannot take it as a parameter without losing an index or a typed expand) must equal the
 * vocabulary's list it copies. A failure names the file and the missing or extra value.
 */
import { describe, expect, it } from 'vitest';
import { loadCypherFiles } from '../neo4j/cypher-loader.ts';
import { ATTACHMENT_TYPES, COVERAGE_LABELS, COVERAGE_TYPES, FULLTEXT_LABELS, GRAPH_LABELS, HIDDEN_LINK_TYPES, HISTORY_RELATIONSHIP_TYPES, RELATION_TYPES, RELATIONSHIP_TYPES, RESPONSIBILITY_CHAIN_TYPES, STEP_ROLES } from './index.ts';

type Kind = 'label' | 'type';

interface Found {
  kind: Kind;
  values: string[];
  /** The text it was read from, for the failure message. */
  at: string;
}

const LABEL = /^[A-Z][a-z]\w*$/;
const TYPE = /^[A-Z][A-Z0-9_]*$/;
const namesIn = (expression: string): string[] => expression.split(/[|&]/).map((name) => name.trim().replace(/^!/, ''));

/** Every label and relationship type a statement names, and the lists among them (two or more in one place). */
function namesInCypher(text: string): Found[] {
  const found: Found[] = [];
  const add = (kind: Kind, values: string[], at: string) => found.push({ kind, values, at: at.replace(/\s+/g, ' ').trim() });
  const code = text.replace(/'[^']*'/g, "''");
  // (n:Label), (:A|B), and label expressions in node patterns.
  for (const match of code.matchAll(/\(\s*(?:[A-Za-z_]\w*)?\s*:\s*(!?[A-Z]\w*(?:\s*[|&]\s*!?[A-Z]\w*)*)/g)) add('label', namesIn(match[1] ?? ''), match[0]);
  // n:Label as a predicate or in SET/REMOVE (no space: a map key is followed by one; not [r:TYPE]).
  for (const match of code.matchAll(/(?<![[\w])[a-z]\w*:([A-Z][a-z]\w*)/g)) add('label', [match[1] ?? ''], match[0]);
  // n:A OR n:B OR n:C: a list written as predicates.
  for (const match of code.matchAll(/(?<![[\w])([a-z]\w*):[A-Z][a-z]\w*(?:\s+OR\s+\1:[A-Z][a-z]\w*)+/g)) add('label', [...match[0].matchAll(/:([A-Z]\w*)/g)].map((m) => m[1] ?? ''), match[0]);
  // [:TYPE], [r:A|B], [r:!A&!B].
  for (const match of code.matchAll(/\[\s*(?:[A-Za-z_]\w*)?\s*:\s*(!?[A-Z][A-Z0-9_]*(?:\s*[|&]\s*!?[A-Z][A-Z0-9_]*)*)/g)) add('type', namesIn(match[1] ?? ''), match[0]);
  // type(r) = 'TYPE', type(r) <> 'TYPE'.
  for (const match of text.matchAll(/type\(\w+\)\s*(?:=|<>)\s*'([^']*)'/g)) add('type', [match[1] ?? ''], match[0]);
  // 'Label' written as a string ('Goal' IN labels(n)).
  for (const match of text.matchAll(/'([^']*)'/g)) if (LABEL.test(match[1] ?? '')) add('label', [match[1] ?? ''], match[0]);
  // ['A', 'B', …]: labels or types, by how they are written.
  for (const match of text.matchAll(/\[\s*'[^']*'(?:\s*,\s*'[^']*')+\s*\]/g)) {
    const values = [...match[0].matchAll(/'([^']*)'/g)].map((m) => m[1] ?? '');
    if (values.every((value) => LABEL.test(value))) add('label', values, match[0]);
    else if (values.every((value) => TYPE.test(value))) add('type', values, match[0]);
  }
  return found;
}

/** A list that stays in a file, and the vocabulary list it must equal. */
interface CopiedList {
  file: string;
  kind: Kind;
  vocabulary: string;
  values: readonly string[];
  /** A file being rewritten may drop the list; only then is a missing list not an error. */
  mayBeGone?: boolean;
}

const COPIED_LISTS: readonly CopiedList[] = [
  // An index definition takes no parameters.
  { file: 'schema/fulltext-entity-text-v2', kind: 'label', vocabulary: 'FULLTEXT_LABELS', values: FULLTEXT_LABELS },
  // Label predicates let the planner scan three labels instead of every entity; typed expands beat filtering on type(r).
  { file: 'analytics/coverage', kind: 'label', vocabulary: 'COVERAGE_LABELS', values: COVERAGE_LABELS },
  { file: 'analytics/coverage', kind: 'type', vocabulary: 'COVERAGE_TYPES', values: COVERAGE_TYPES },
  // A quantified path pattern's relationship types must be written out.
  { file: 'graph/paths', kind: 'type', vocabulary: 'ATTACHMENT_TYPES', values: ATTACHMENT_TYPES },
  { file: 'situation/load-candidates', kind: 'type', vocabulary: 'STEP_ROLES', values: STEP_ROLES },
  { file: 'search/search-results', kind: 'type', vocabulary: 'RESPONSIBILITY_CHAIN_TYPES', values: RESPONSIBILITY_CHAIN_TYPES },
  { file: 'situation/load-candidates', kind: 'type', vocabulary: 'RELATION_TYPES', values: RELATION_TYPES },
  // Being rewritten; a filter list, so it could be a parameter as in graph/neighbourhood.
  { file: 'entity/find-entities', kind: 'type', vocabulary: 'HIDDEN_LINK_TYPES', values: HIDDEN_LINK_TYPES, mayBeGone: true },
];

const files = [...loadCypherFiles().values()].map((file) => ({ name: file.name, found: namesInCypher(file.text) }));
const known: Record<Kind, ReadonlySet<string>> = { label: new Set<string>(GRAPH_LABELS), type: new Set<string>([...RELATIONSHIP_TYPES, ...HISTORY_RELATIONSHIP_TYPES]) };
const diff = (values: readonly string[], expected: readonly string[]) => ({
  missing: expected.filter((value) => !values.includes(value)),
  extra: values.filter((value) => !expected.includes(value)),
});

describe('labels and relationship types in cypher/', () => {
  it('reads the names the way Cypher writes them', () => {
    const found = namesInCypher("MATCH (a:Instrument)-[r:TARGETS|SERVES_GOAL]->(:Goal), (x)-[:HAS_NAME]-(n) WHERE n:Actor OR n:Goal AND type(r) = 'REPLACED_BY' AND 'Strategy' IN labels(x) AND NOT type(r) IN ['SUPPORTED_BY', 'HAS_NAME'] SET x:Entity");
    const all = (kind: Kind) => [...new Set(found.filter((f) => f.kind === kind).flatMap((f) => f.values))].sort();
    expect(all('label')).toEqual(['Actor', 'Entity', 'Goal', 'Instrument', 'Strategy']);
    expect(all('type')).toEqual(['HAS_NAME', 'REPLACED_BY', 'SERVES_GOAL', 'SUPPORTED_BY', 'TARGETS']);
    expect(found.filter((f) => f.values.length > 1).map((f) => f.values)).toEqual([['Actor', 'Goal'], ['TARGETS', 'SERVES_GOAL'], ['SUPPORTED_BY', 'HAS_NAME']]);
  });

  it.each(files.map((file) => [file.name, file] as const))('%s names only labels and types of the vocabulary', (name, file) => {
    const unknown = file.found.flatMap((f) => f.values.filter((value) => !known[f.kind].has(value)).map((value) => `${f.kind} ${value} (in "${f.at}")`));
    expect(unknown, `cypher/${name}.cypher names what server/src/vocabulary/ does not have`).toEqual([]);
  });

  it.each(files.map((file) => [file.name, file] as const))('%s copies only lists the vocabulary has, and copies them whole', (name, file) => {
    const problems: string[] = [];
    for (const list of file.found.filter((f) => f.values.length > 1)) {
      const candidates = COPIED_LISTS.filter((copied) => copied.file === name && copied.kind === list.kind);
      const overlap = (copied: CopiedList) => copied.values.filter((value) => list.values.includes(value)).length;
      const tied = candidates.sort((a, b) => overlap(b) - overlap(a))[0];
      if (!tied || overlap(tied) === 0) {
        problems.push(`the ${list.kind} list [${list.values.join(', ')}] in "${list.at}" is tied to no vocabulary list: pass it as a parameter, or add it to COPIED_LISTS`);
        continue;
      }
      const { missing, extra } = diff(list.values, tied.values);
      if (missing.length || extra.length) problems.push(`"${list.at}" copies ${tied.vocabulary}: missing [${missing.join(', ')}], extra [${extra.join(', ')}]`);
    }
    expect(problems, `cypher/${name}.cypher`).toEqual([]);
  });

  it('finds every list COPIED_LISTS names (a list passed as a parameter now leaves it)', () => {
    const gone = COPIED_LISTS.filter((copied) => !copied.mayBeGone)
      .filter((copied) => !files.find((file) => file.name === copied.file)?.found.some((f) => f.kind === copied.kind && f.values.length > 1 && diff(f.values, copied.values).missing.length < copied.values.length))
      .map((copied) => `cypher/${copied.file}.cypher: ${copied.vocabulary}`);
    expect(gone).toEqual([]);
  });
});
