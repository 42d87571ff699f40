// Builds the explorer before `npm start` when client/dist is missing or older than its sources,
// so a fresh clone serves the explorer and a second start does not pay for a rebuild.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const builtAt = (() => {
  const index = path.join(root, 'client', 'dist', 'index.html');
  return existsSync(index) ? statSync(index).mtimeMs : 0;
})();

function newestIn(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const inputs = [newestIn(path.join(root, 'client')), ...['vite.config.ts', 'package-lock.json'].map((file) => (existsSync(path.join(root, file)) ? statSync(path.join(root, file)).mtimeMs : 0))];
if (Math.max(...inputs) > builtAt) {
  console.log(builtAt === 0 ? 'Building the explorer (first start)…' : 'The explorer changed: rebuilding…');
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('The explorer could not be built; see the messages above. The API can still be started with "npx tsx server/src/main.ts".');
    process.exit(result.status ?? 1);
  }
}
