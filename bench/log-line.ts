/**
 * `npx tsx bench/log-line.ts`: what the per-request log line costs. Writes the line the server
 * writes for every request (create-app.ts) with the server's logger settings, 200,000 times, to
 * /dev/null through pino's own destination, and prints microseconds per line.
 */
import pino from 'pino';

const LINES = 200_000;
const logger = pino({ level: 'info' }, pino.destination({ dest: '/dev/null', sync: false }));
const child = logger.child({ requestId: 'b1946ac9-2f3e-4b8e-9f5a-3c2d1e0f9a8b' });
for (let i = 0; i < 10_000; i++) child.info({ requestId: 'x', method: 'POST', path: '/graphql', status: 200, ms: 3 }, 'request');
const started = process.hrtime.bigint();
const cpuBefore = process.cpuUsage();
for (let i = 0; i < LINES; i++) child.info({ requestId: 'b1946ac9', method: 'POST', path: '/graphql', status: 200, ms: i % 40 }, 'request');
const wallUs = Number(process.hrtime.bigint() - started) / 1000 / LINES;
const cpu = process.cpuUsage(cpuBefore);
console.log(`per request log line: ${wallUs.toFixed(2)} µs wall, ${((cpu.user + cpu.system) / LINES).toFixed(2)} µs CPU (${LINES} lines)`);
logger.flush();
