import { ErrorCode, PublicError } from '../../errors.ts';

/** One field of a change that breaks a rule, in words an editor can act on. */
export interface FieldProblem {
  /** The input path, e.g. `from`, `name`, `facts.validTo`. */
  field: string;
  message: string;
}

/**
 * Refuses a change with every problem at once: BAD_USER_INPUT, `field` naming the first, `fields`
 * listing all (so a form can mark each). Does nothing when there are none.
 */
export function fieldErrors(problems: readonly FieldProblem[]): void {
  if (problems.length === 0) return;
  const [first] = problems;
  const message = problems.length === 1 ? `${first?.field}: ${first?.message}.` : `The change has ${problems.length} problems: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}.`;
  throw new PublicError(ErrorCode.BAD_USER_INPUT, message, { field: first?.field, fields: problems });
}
