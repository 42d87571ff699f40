import type { z } from 'zod';
import type { PathSegment } from './yaml-source.ts';

/** A zod issue turned into a plain sentence, with the path of the value (or key) it concerns. */
export interface DescribedIssue {
  path: PathSegment[];
  /** Set for unknown fields: the key to point at. */
  key?: string;
  message: string;
}

const fieldName = (path: readonly PathSegment[]): string => {
  const last = [...path].reverse().find((segment) => typeof segment === 'string');
  return last === undefined ? 'the file' : `"${last}"`;
};

const typeOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a mapping' : `a ${typeof value}`);

/**
 * Rewrites zod's issues into messages a seed editor understands: missing field, unknown field,
 * wrong type, value not allowed. Union failures are narrowed to the branch the author meant.
 */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): DescribedIssue[] {
  const path = issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
  const value = valueAt(input, path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path, key, message: `unknown field "${key}"` }));
    case 'invalid_type':
      if (value === undefined) return [{ path, message: `${fieldName(path)} is required` }];
      return [{ path, message: `${fieldName(path)} must be ${article(issue.expected)}, not ${typeOf(value)}` }];
    case 'invalid_value':
      return [{ path, message: `${fieldName(path)} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')} (got ${JSON.stringify(value)})` }];
    case 'invalid_union':
      return describeUnion(issue, path, input);
    case 'too_small':
      return [{ path, message: issue.origin === 'array' ? `${fieldName(path)} needs at least ${String(issue.minimum)} item(s)` : `${fieldName(path)} ${issue.message}` }];
    default:
      return [{ path, message: `${fieldName(path)} ${issue.message.replace(/^Invalid input: /, '')}` }];
  }
}

function describeUnion(issue: z.core.$ZodIssueInvalidUnion, path: PathSegment[], input: unknown): DescribedIssue[] {
  // A branch whose only complaint is "wrong type here" was not the one the author meant.
  const meant = issue.errors.filter((branch) => !branch.every((inner) => inner.code === 'invalid_type' && inner.path.length === 0));
  if (meant.length >= 1) {
    const best = meant.reduce((a, b) => (b.length < a.length ? b : a));
    return best.flatMap((inner) => describeIssue({ ...inner, path: [...path, ...inner.path] } as z.core.$ZodIssue, input));
  }
  return [{ path, message: `${fieldName(path)} has the wrong shape (${typeOf(valueAt(input, path))} is not allowed here)` }];
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function valueAt(input: unknown, path: readonly PathSegment[]): unknown {
  let current: unknown = input;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}
