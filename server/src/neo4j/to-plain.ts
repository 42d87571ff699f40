import { isDate, isDateTime, isInt, isLocalDateTime } from 'neo4j-driver';

/**
 * Converts driver values (Integer, Date, DateTime) into plain JSON values: integers to numbers
 * (the graph holds only small counts) and temporals to ISO-8601 strings.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return value.toNumber();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value)) return value.toString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toPlain(inner)]));
  }
  return value;
}
