import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ALL_STATEMENTS } from './all-statements.ts';
import { loadCypherFiles } from './cypher-loader.ts';
import { checkParams, checkRow, defineStatement, ParamsShapeError, RowShapeError } from './statement.ts';

const files = [...loadCypherFiles().values()];
const sorted = (keys: Iterable<string>): string[] => [...keys].sort();

describe('statement descriptors', () => {
  it.each(files.map((file) => [file.name, file] as const))('%s has a descriptor whose schemas match its header', (name, file) => {
    const statement = ALL_STATEMENTS.get(name);
    expect(statement, `cypher/${name}.cypher has no descriptor: add one (defineStatement) to the statements.ts of the module that runs it`).toBeDefined();
    expect(sorted(Object.keys(statement?.params.shape ?? {})), `cypher/${name}.cypher: params schema keys vs its "Parameters:" header`).toEqual(sorted(file.declaredParameters));
    expect(sorted(Object.keys(statement?.row.shape ?? {})), `cypher/${name}.cypher: row schema keys vs its "Returns:" header`).toEqual(sorted(file.declaredColumns));
  });

  it('each describes a file under cypher/', () => {
    const names = new Set(files.map((file) => file.name));
    expect([...ALL_STATEMENTS.keys()].filter((name) => !names.has(name))).toEqual([]);
  });
});

describe('the boundary checks', () => {
  const statement = { name: 'x/y', params: z.object({ asOf: z.iso.date() }), row: z.object({ n: z.object({ count: z.number().int() }) }) };

  it('return the row as the schema reads it', () => {
    expect(checkRow(statement, { n: { count: 3 } })).toEqual({ n: { count: 3 } });
  });

  it('refuse a row that does not match, naming the statement and the field but not the value', () => {
    const check = () => checkRow(statement, { n: { count: 'secret-value-4711' } });
    expect(check).toThrow(RowShapeError);
    expect(check).toThrow(/cypher\/x\/y\.cypher returned a row.*n\.count/s);
    expect(check).not.toThrow(/secret-value-4711/);
  });

  it('refuse parameters that do not match before anything is sent', () => {
    expect(() => checkParams(statement, { asOf: '2024-02-30x' })).toThrow(ParamsShapeError);
    expect(() => checkParams(statement, { asOf: '2024-02-03' })).not.toThrow();
  });

  it('refuse a second descriptor for one file', () => {
    const [name] = ALL_STATEMENTS.keys();
    expect(() => defineStatement(name ?? 'health/ping', z.object({}), z.object({}))).toThrow(/described twice/);
  });
});
