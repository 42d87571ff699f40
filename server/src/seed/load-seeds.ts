import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildGraph, type ParsedSeedFile, type SeedGraph } from './build-graph.ts';
import { describeIssue } from './describe-issue.ts';
import type { SeedProblem } from './problems.ts';
import { seedFileSchema } from './schema.ts';
import { YamlSource } from './yaml-source.ts';

export interface LoadedSeeds {
  graph: SeedGraph;
  problems: SeedProblem[];
  files: string[];
}

/**
 * Reads every `*.yaml` file in `dir`, validates each against the seed schema and then the whole
 * set against itself. Returns all problems found, sorted by file and line, never just the first.
 */
export async function loadSeeds(dir: string): Promise<LoadedSeeds> {
  const names = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  const displayDir = path.relative(process.cwd(), dir) || '.';
  const parsed: ParsedSeedFile[] = [];
  const problems: SeedProblem[] = [];
  for (const name of names) {
    const source = new YamlSource(path.join(displayDir, name), await readFile(path.join(dir, name), 'utf8'));
    const syntax = source.syntaxProblems();
    if (syntax.length > 0) {
      problems.push(...syntax);
      continue;
    }
    const input = source.toJS() ?? {};
    const result = seedFileSchema.safeParse(input);
    if (!result.success) {
      for (const issue of result.error.issues) {
        for (const described of describeIssue(issue, input)) {
          const at = described.key ? source.positionOfKey(described.path, described.key) : source.positionOf(described.path);
          problems.push({ ...at, message: described.message });
        }
      }
      continue;
    }
    parsed.push({ source, data: result.data });
  }
  const { graph, problems: graphProblems } = buildGraph(parsed);
  // Reference checks are only meaningful when every file could be read.
  if (problems.length === 0) problems.push(...graphProblems);
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
  return { graph, problems, files: names };
}
