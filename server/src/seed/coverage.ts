/**
 * `npm run coverage:data`: what the seed content covers, without a database. Loads seeds/ as the
 * import does, then prints counts per label and relationship type, how the facts spread over the
 * confidence levels, and every unverified fact with where it is written and what to check.
 */
import path from 'node:path';
import { ROOT_DIR } from '../config.ts';
import type { SeedGraph } from './build-graph.ts';
import { loadSeeds } from './load-seeds.ts';
import { formatProblem } from './problems.ts';
import { factsOf, isVerified, STRUCTURAL_RELATIONSHIP_TYPES, verifiedSourceIds, type Fact } from './provenance.ts';
import { CONFIDENCE_LEVELS } from './schema.ts';

type Confidence = (typeof CONFIDENCE_LEVELS)[number];

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return new Map([...counts].sort(([a], [b]) => a.localeCompare(b)));
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
  console.log(`\nFacts by confidence (nodes except sources, and relationships except ${STRUCTURAL_RELATIONSHIP_TYPES.join(', ')}, that carry sources; ${facts.length} in all)`);
  for (const level of CONFIDENCE_LEVELS) {
    const count = facts.filter((fact) => confidenceOf(fact) === level).length;
    console.log(`  ${level.padEnd(10)}  ${String(count).padStart(5)}  ${percent(count, facts.length).padStart(7)}`);
  }
}

/** Verified = at least one of the fact's sources was checked against the page or a stored copy. */
function printVerification(graph: SeedGraph, facts: readonly Fact[]): void {
  const verified = verifiedSourceIds(graph);
  const sources = graph.nodes.filter((node) => node.label === 'Source');
  const checked = facts.filter((fact) => isVerified(fact, verified)).length;
  const byBasis = countBy(
    sources.filter((source) => verified.has(source.id)),
    (source) => String(source.props.verifiedAgainst),
  );
  console.log(`\nVerification against the source`);
  console.log(`  sources verified       ${String(verified.size).padStart(5)} of ${sources.length} (${[...byBasis].map(([basis, count]) => `${count} against a ${basis.replace('_', ' ')}`).join(', ') || 'none'})`);
  console.log(`  facts verified         ${String(checked).padStart(5)} of ${facts.length}  ${percent(checked, facts.length)}`);
  console.log(`  facts not yet verified ${String(facts.length - checked).padStart(5)}  (compiled from the sources, never re-checked)`);
  const flagged = sources.filter((source) => typeof source.props.urlFlag === 'string');
  console.log(`  sources on a copy site, mirror or staging host: ${flagged.length}${flagged.length ? ` (${flagged.map((s) => s.id).join(', ')})` : ''}`);
}

function printMissingDetails(graph: SeedGraph): void {
  const householdFacing = graph.nodes.filter((node) => node.label === 'Instrument' && node.props.supplySide !== true);
  const details = graph.nodes.filter((node) => node.label === 'InstrumentDetail');
  const kinds = ['applicationPage', 'informationPage', 'processingTime', 'appealDeadline', 'document'];
  console.log(`\nCaseworker details not found in the sources (household-facing instruments: ${householdFacing.length})`);
  for (const kind of kinds) {
    const missing = householdFacing.filter((instrument) => !details.some((detail) => detail.props.instrumentId === instrument.id && detail.props.kind === kind));
    console.log(`  ${kind.padEnd(16)} ${String(missing.length).padStart(3)} missing${missing.length ? `: ${missing.map((m) => m.id).join(', ')}` : ''}`);
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
  printVerification(graph, facts);
  printMissingDetails(graph);
  printUnverified(facts);
  return 0;
}

process.exitCode = await main();
