// Prints "N passed, N failed" (and skipped, if any) from Vitest's JSON report, on a line of its own.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'test-results/vitest.json';
try {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
} catch {
  console.log('0 passed, 1 failed');
  console.error(`No test report at ${file}: the test run stopped before the tests (type-check, lint or build failed).`);
  process.exitCode = 1;
}
