/**
 * Reads the built explorer (client/dist) and measures JavaScript sizes after gzip, the way a
 * browser on a slow connection pays for them. Shared by the budget test and for manual checks
 * (`npx tsx e2e/bundle-budget.ts`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const DIST = path.resolve(import.meta.dirname, '../client/dist');

export function gzipKb(file: string): number {
  return gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length / 1024;
}

/** JS the first page needs: the entry script plus every module it imports statically, transitively. */
export function initialChunks(): string[] {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\/([^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error('client/dist/index.html has no module entry script; run `npm run build`.');
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(path.join(DIST, file), 'utf8');
    // Static imports only (`import … from "./x.js"` and `import "./x.js"`); `import("./x.js")` is lazy.
    for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\/[^"']+\.js)["']/g)) {
      const target = match[1];
      if (target) visit(path.posix.join(path.posix.dirname(file), target));
    }
  };
  visit(entry);
  return [...seen];
}

/** Static imports of one chunk, transitively, the chunk included. */
function staticClosure(start: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(path.join(DIST, file), 'utf8');
    for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\/[^"']+\.js)["']/g)) {
      const target = match[1];
      if (target) visit(path.posix.join(path.posix.dirname(file), target));
    }
  };
  visit(start);
  return seen;
}

/**
 * JS a first visit to a route downloads: the first page's chunks plus the route's own chunk (named
 * after its page component, e.g. `ExplorePage`) and everything it imports statically.
 */
export function firstVisitChunks(page: string): string[] {
  const route = readdirSync(path.join(DIST, 'assets')).find((file) => file.startsWith(`${page}-`) && file.endsWith('.js'));
  if (!route) throw new Error(`client/dist has no chunk for ${page}; run \`npm run build\`.`);
  return [...new Set([...initialChunks(), ...staticClosure(`assets/${route}`)])];
}

/** Files a chunk refers to, statically or lazily (`import("./x.js")`, Vite's preload lists). */
function referencedChunks(file: string): string[] {
  const code = readFileSync(path.join(DIST, file), 'utf8');
  const found = new Set<string>();
  // The minifier may quote a lazy import's path with backticks: import(`./x.js`).
  for (const match of code.matchAll(/["'`](?:\.\/|\/?assets\/)([\w.-]+\.js)["'`]/g)) if (match[1]) found.add(`assets/${match[1]}`);
  return [...found];
}

/** Lazily loaded pages that are not for citizens and caseworkers, each measured on its own. */
const DEVELOPER_TOOL = /GraphiQLHost-/;
const STAFF_SCREENS = /^assets\/(EditPage|ChangeSetPage|ReviewQueuePage)-/;
/** Policy staff's views (issue 16): the graph explorer, the coverage matrix, gaps over time, the ministry view. */
const POLICY_VIEWS = /^assets\/(GraphPage|CoveragePage|GapsPage|MinistryPage)-/;

/**
 * Every JS chunk, split into the app (every route a citizen or caseworker can reach), the GraphiQL
 * developer tool (Monaco, its workers and Prettier, reachable only through GraphiQLHost) and the
 * editing screens for signed-in staff (issue 14: the editor, the change set page, the review
 * queue). Chunks the app shares with them count for the app.
 */
export function allChunks(): { app: string[]; developerTool: string[]; staffScreens: string[]; policyViews: string[] } {
  const files = readdirSync(path.join(DIST, 'assets')).filter((file) => file.endsWith('.js')).map((file) => `assets/${file}`);
  const reach = (starts: readonly string[], stop: (file: string) => boolean): Set<string> => {
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file) || stop(file)) return;
      seen.add(file);
      for (const next of referencedChunks(file)) if (files.includes(next)) visit(next);
    };
    for (const file of starts) visit(file);
    return seen;
  };
  const separate = (file: string) => DEVELOPER_TOOL.test(file) || STAFF_SCREENS.test(file) || POLICY_VIEWS.test(file);
  const app = reach(initialChunks(), separate);
  const staff = reach(files.filter((file) => STAFF_SCREENS.test(file)), (file) => app.has(file) || DEVELOPER_TOOL.test(file));
  const policy = reach(files.filter((file) => POLICY_VIEWS.test(file)), (file) => app.has(file) || staff.has(file) || DEVELOPER_TOOL.test(file));
  return {
    app: [...app],
    developerTool: files.filter((file) => !app.has(file) && !staff.has(file) && !policy.has(file)),
    staffScreens: [...staff],
    policyViews: [...policy],
  };
}

export function totalKb(files: readonly string[]): number {
  return files.reduce((sum, file) => sum + gzipKb(file), 0);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const initial = initialChunks();
  const { app, developerTool, staffScreens, policyViews } = allChunks();
  console.log(`initial route: ${totalKb(initial).toFixed(1)} KB gzip (${initial.length} files)`);
  console.log(`all citizen and caseworker routes (without GraphiQL and the staff screens): ${totalKb(app).toFixed(1)} KB gzip (${app.length} files)`);
  console.log(`GraphiQL developer tool: ${totalKb(developerTool).toFixed(1)} KB gzip (${developerTool.length} files)`);
  console.log(`staff editing screens: ${totalKb(staffScreens).toFixed(1)} KB gzip (${staffScreens.length} files)`);
  console.log(`policy views: ${totalKb(policyViews).toFixed(1)} KB gzip (${policyViews.length} files)`);
  console.log(`first visit to /utforsk: ${totalKb(firstVisitChunks('ExplorePage')).toFixed(1)} KB gzip`);
  for (const file of app.sort((a, b) => gzipKb(b) - gzipKb(a)).slice(0, 8)) console.log(`  ${file} ${gzipKb(file).toFixed(1)}`);
}
