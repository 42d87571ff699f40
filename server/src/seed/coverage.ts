/**
 * `npm run coverage:data`: what the seed content covers, without a database. Loads seeds/ as the
 * import does, then prints counts per label and relationship type, how the facts spread over the
 * confidence levels, and every unverified fact with where it is written and what to check.
 */
import path from 'node:path';
import { ROOT_DIR } from '../config.ts';
import type { GraphNode, GraphRelationship, SeedGraph } from './build-graph.ts';
import { loadSeeds } from './load-seeds.ts';
import { formatProblem } from './problems.ts';
import { CONFIDENCE_LEVELS } from './schema.ts';

type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/** A node or a relationship: anything that carries a confidence. */
interface Fact {
  label: string;
  at: { file: string; line: number };
  props: Record<string, unknown>;
}

/**
 * Edges that only attach a node to its owner or its sources: SUPPORTED_BY (provenance), HAS_NAME
 * and REQUIRES (the name period or criterion is the fact, and is counted as a node).
 */
const STRUCTURAL_TYPES = new Set(['SUPPORTED_BY', 'HAS_NAME', 'REQUIRES']);
const isFact = (relationship: GraphRelationship): boolean => !STRUCTURAL_TYPES.has(relationship.type);

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return new Map([...counts].sort(([a], [b]) => a.localeCompare(b)));
}

function factsOf(graph: SeedGraph): Fact[] {
  const nodeFacts = graph.nodes.filter((node) => node.label !== 'Source').map((node: GraphNode): Fact => ({ label: node.id, at: node.at, props: node.props }));
  const relationshipFacts = graph.relationships.filter(isFact).map((r): Fact => ({ label: `${r.type} ${r.from} → ${r.to}`, at: r.at, props: r.props }));
  return [...nodeFacts, ...relationshipFacts];
}

function confidenceOf(fact: Fact): Confidence {
  const value = fact.props.confidence;
  return CONFIDENCE_LEVELS.find((level) => level === value) ?? 'unverified';
}

function noteOf(fact: Fact): string {
  const note = fact.props.note_en ?? fact.props.note_nb;
  return typeof note === 'string' ? note : '(no note)';
}

const percent = (part: number, whole: number): string => `${whole === 0 ? '0.0' : ((100 * part) / whole).toFixed(1)} %`;

function printCounts(title: string, counts: ReadonlyMap<string, number>): void {
  console.log(`\n${title}`);
  const width = Math.max(...[...counts.keys()].map((key) => key.length));
  for (const [key, count] of counts) console.log(`  ${key.padEnd(width)}  ${String(count).padStart(5)}`);
}

function printConfidenceShares(facts: readonly Fact[]): void {
  console.log(`\nFacts by confidence (nodes except sources, and relationships except SUPPORTED_BY, HAS_NAME and REQUIRES; ${facts.length} in all)`);
  for (const level of CONFIDENCE_LEVELS) {
    const count = facts.filter((fact) => confidenceOf(fact) === level).length;
    console.log(`  ${level.padEnd(10)}  ${String(count).padStart(5)}  ${percent(count, facts.length).padStart(7)}`);
  }
}

function printUnverified(facts: readonly Fact[]): void {
  const unverified = facts.filter((fact) => confidenceOf(fact) === 'unverified');
  console.log(`\nUnverified facts (${unverified.length})`);
  for (const fact of unverified) console.log(`  ${fact.label}  ${fact.at.file}:${fact.at.line}\n      ${noteOf(fact)}`);
}

async function main(): Promise<number> {
  const { graph, problems, files } = await loadSeeds(path.join(ROOT_DIR, 'seeds'));
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(`The seed files have ${problems.length} problem(s); run "npm run seed -- --check" and fix them first.`);
    return 1;
  }
  console.log(`Seed content: ${files.length} files, ${graph.nodes.length} nodes, ${graph.relationships.length} relationships.`);
  printCounts('Nodes per label', countBy(graph.nodes, (node) => node.label));
  printCounts('Relationships per type', countBy(graph.relationships, (relationship) => relationship.type));
  const facts = factsOf(graph);
  printConfidenceShares(facts);
  printUnverified(facts);
  return 0;
}

process.exitCode = await main();
