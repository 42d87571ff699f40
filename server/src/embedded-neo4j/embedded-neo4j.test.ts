import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Neo4jSetupError } from './errors.ts';
import { parseJavaMajor, requireJava } from './java.ts';
import { NEO4J_POM, NEO4J_VERSION } from './paths.ts';

describe('embedded Neo4j set-up', () => {
  it('pins the same Neo4j version in the POM and the code', () => {
    expect(readFileSync(NEO4J_POM, 'utf8')).toContain(`<neo4j.version>${NEO4J_VERSION}</neo4j.version>`);
    expect(NEO4J_VERSION).toMatch(/^5\.26\.\d+$/);
  });

  it('reads Java major versions in old and new formats', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('nothing here')).toBeUndefined();
  });

  it('says in one sentence what to do when Java is missing', async () => {
    const error = await requireJava({ ...process.env, JAVA_HOME: '/nonexistent/java' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Neo4jSetupError);
    expect((error as Error).message).toMatch(/^Java was not found \(\/nonexistent\/java\/bin\/java\): install Java 17 or 21 .* or set NEO4J_URI/);
  });

  it('accepts the machine\'s Java', async () => {
    await expect(requireJava()).resolves.toMatch(/java$/);
  });
});
