import { describe, expect, it } from 'vitest';
import { generatePassword } from './password.ts';
import { restartDelayMs } from './restart-policy.ts';

describe('the generated Neo4j password', () => {
  it('never begins with "-", which neo4j-admin would read as an option', () => {
    const passwords = Array.from({ length: 2_000 }, generatePassword);
    expect(passwords.filter((password) => password.startsWith('-'))).toEqual([]);
    expect(new Set(passwords).size).toBe(passwords.length);
    expect(passwords[0]).toMatch(/^[0-9a-f]{48}$/);
  });
});

describe('restarting a Neo4j that died', () => {
  it('backs off 1, 2, 4, 8, 16 s, then every 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 50].map(restartDelayMs)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });
});
