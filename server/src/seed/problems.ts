/** One thing wrong with the seed files, located precisely enough for an editor to jump to it. */
export interface SeedProblem {
  file: string;
  line: number;
  col: number;
  message: string;
}

export interface Position {
  file: string;
  line: number;
  col: number;
}

export const formatProblem = (problem: SeedProblem): string => `${problem.file}:${problem.line}:${problem.col}: ${problem.message}`;

/** Thrown when validation found problems; nothing has been written when this is thrown. */
export class SeedValidationError extends Error {
  override readonly name = 'SeedValidationError';
  constructor(readonly problems: SeedProblem[]) {
    super(`The seed files have ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
  }
}
