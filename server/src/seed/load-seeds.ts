import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { buildGraph, type LoadedSeedFile, type ParsedSeedFile, type SeedGraph } from './build-graph.ts';
import { describeIssue } from './describe-issue.ts';
import type { SeedProblem } from './problems.ts';
import { COLLECTION_SCHEMAS } from './schema.ts';
import { YamlSource, type PathSegment } from './yaml-source.ts';

export interface LoadedSeeds {
  graph: SeedGraph;
  problems: SeedProblem[];
  files: string[];
}

type CollectionName = keyof typeof COLLECTION_SCHEMAS;

/** The file's outline: known top-level lists of anything; entries are checked one by one after. */
const outlineSchema = z.strictObject({
  $schema: z.string().optional(),
  ...(Object.fromEntries(Object.keys(COLLECTION_SCHEMAS).map((key) => [key, z.array(z.unknown()).optional()])) as Record<CollectionName, z.ZodOptional<z.ZodArray<z.ZodUnknown>>>),
});

/**
 * Reads every `*.yaml` file in `dir` and validates each entry on its own, so one bad entry does not
 * hide problems elsewhere; then checks the whole set (ids, references, periods). Returns every
 * problem found, sorted by file and line.
 */
export async function loadSeeds(dir: string): Promise<LoadedSeeds> {
  const names = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  const displayDir = path.relative(process.cwd(), dir) || '.';
  const parsed: ParsedSeedFile[] = [];
  const problems: SeedProblem[] = [];
  const invalidIds = new Set<string>();
  for (const name of names) {
    const source = new YamlSource(path.join(displayDir, name), await readFile(path.join(dir, name), 'utf8'));
    const syntax = source.syntaxProblems();
    if (syntax.length > 0) {
      problems.push(...syntax);
      continue;
    }
    const data = validateFile(source, problems, invalidIds);
    if (data) parsed.push({ source, data });
  }
  const { graph, problems: graphProblems } = buildGraph(parsed, invalidIds);
  problems.push(...graphProblems);
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
  return { graph, problems, files: names };
}

function report(source: YamlSource, problems: SeedProblem[], issues: z.core.$ZodIssue[], input: unknown, prefix: PathSegment[]): void {
  for (const issue of issues) {
    for (const described of describeIssue(issue, input)) {
      const fullPath = [...prefix, ...described.path];
      const at = described.key ? source.positionOfKey(fullPath, described.key) : source.positionOf(fullPath);
      problems.push({ ...at, message: described.message });
    }
  }
}

/**
 * The entries of one file, with `null` where an entry is invalid; problems and the ids of invalid
 * entries are collected on the side.
 */
function validateFile(source: YamlSource, problems: SeedProblem[], invalidIds: Set<string>): LoadedSeedFile | undefined {
  const input = source.toJS() ?? {};
  const outline = outlineSchema.safeParse(input);
  if (!outline.success) {
    report(source, problems, outline.error.issues, input, []);
    return undefined;
  }
  const data: Record<string, unknown[]> = {};
  for (const collection of Object.keys(COLLECTION_SCHEMAS) as CollectionName[]) {
    const entries = outline.data[collection] ?? [];
    data[collection] = entries.flatMap((entry, index) => {
      const result = COLLECTION_SCHEMAS[collection].safeParse(entry);
      if (result.success) return [result.data];
      report(source, problems, result.error.issues, entry, [collection, index]);
      const id = (entry as { id?: unknown } | null)?.id;
      if (typeof id === 'string') invalidIds.add(id);
      // A hole keeps later entries at their index, so their positions stay right.
      return [null];
    });
  }
  return data as LoadedSeedFile;
}
