import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');
const logFile = inject('serverLogFile');

interface LogLine {
  msg?: string;
  requestId?: string;
  method?: string;
  path?: string;
  status?: number;
}

async function logLinesOf(requestId: string): Promise<LogLine[]> {
  const text = await readFile(logFile, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.includes(requestId))
    .map((line) => JSON.parse(line) as LogLine);
}

describe('request log', () => {
  it('logs a GET request by its path only: nothing from the query string reaches the log', async () => {
    // A GET query string could carry situation answers; the marker stands in for them.
    const marker = `marker${randomUUID().replaceAll('-', '')}`;
    const query = encodeURIComponent('{ dataVersion { checksum } }');
    const response = await fetch(`${baseUrl}/graphql?query=${query}&extra=${marker}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(200);
    const requestId = response.headers.get('x-request-id') ?? '';
    expect(requestId).not.toBe('');

    // The line is written when the response finishes; wait until it is there.
    await expect.poll(async () => (await logLinesOf(requestId)).filter((line) => line.msg === 'request')).toHaveLength(1);
    const [requestLine] = (await logLinesOf(requestId)).filter((line) => line.msg === 'request');
    expect(requestLine).toMatchObject({ method: 'GET', path: '/graphql', status: 200 });
    expect(await readFile(logFile, 'utf8')).not.toContain(marker);
  });
});
