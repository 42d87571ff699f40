import { describe, expect, it } from 'vitest';
import { checkParameters } from './database.ts';
import { loadCypherFiles, parseCypherFile } from './cypher-loader.ts';

const files = [...loadCypherFiles().values()];

describe('cypher/ files', () => {
  it('are found', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((file) => [file.name, file] as const))('%s has a header naming its parameters and columns, matching the statement', (_name, file) => {
    expect(file.hasHeader).toBe(true);
    expect(file.declaredParameters).toEqual(file.parameters);
  });

  it.each(files.map((file) => [file.name, file] as const))('%s holds one statement', (_name, file) => {
    // A semicolon outside strings would mean two statements in one file.
    expect(file.text.replace(/'[^']*'|"[^"]*"/g, '')).not.toMatch(/;\s*\S/);
  });
});

describe('parameter contract', () => {
  const statement = parseCypherFile('x/y', '// Parameters: $id, $asOf\n// Returns: n\nMATCH (n {id: $id}) WHERE n.validFrom <= date($asOf) RETURN n');

  it('reads the header and the parameters used', () => {
    expect(statement.declaredParameters).toEqual(['asOf', 'id']);
    expect(statement.parameters).toEqual(['asOf', 'id']);
    expect(statement.declaredColumns).toEqual(['n']);
  });

  it('accepts exactly the parameters the statement uses', () => {
    expect(() => checkParameters('x/y', statement.parameters, { id: 'a', asOf: '2024-01-01' })).not.toThrow();
  });

  it('refuses a missing or an extra parameter', () => {
    expect(() => checkParameters('x/y', statement.parameters, { id: 'a' })).toThrow(/expects parameters \[asOf, id\]/);
    expect(() => checkParameters('x/y', statement.parameters, { id: 'a', asOf: 'b', extra: 1 })).toThrow(/got \[asOf, extra, id\]/);
  });
});
