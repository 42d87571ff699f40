/**
 * Vite config for the explorer. The app lives in client/ and builds to client/dist, which the API
 * server serves on the same origin as /graphql. In development, /graphql is proxied to the API.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const GQL_DIR = path.resolve(import.meta.dirname, 'client/src/gql');

/** Reads a generated file once per change, by its modification time. */
function generated<T>(file: string, read: (text: string) => T): () => T {
  let cache: { mtimeMs: number; value: T } | undefined;
  return () => {
    const { mtimeMs } = statSync(file);
    if (cache?.mtimeMs !== mtimeMs) cache = { mtimeMs, value: read(readFileSync(file, 'utf8')) };
    return cache.value;
  };
}

/**
 * Gives each GraphQL document of the explorer its own module, so a page's chunk carries only the
 * documents it uses (what the client preset's Babel plugin does for Babel builds). The generated
 * `graphql()` in client/src/gql/gql.ts looks the source text up in a map of every document in the
 * app, and client/src/gql/graphql.ts holds them all in one module; either way a page that uses one
 * document loaded all of them. Here each `graphql(`…`)` call in client/src becomes an import of a
 * module holding just that document, copied from graphql.ts: the same JSON `graphql()` would have
 * returned, one instance per document as before, and the source and codegen output stay as they
 * are. A call whose text is not in the map (codegen not rerun) fails the build; in development it
 * is left alone, where `graphql()` answers as it always did.
 */
function graphqlDocumentModules(): Plugin {
  const PREFIX = 'virtual:graphql-document/';
  // gql.ts's map: `    "<source as a JSON string>": types.<ExportName>,`
  const exportNames = generated(path.join(GQL_DIR, 'gql.ts'), (text) => {
    const names = new Map<string, string>();
    for (const [, source, name] of text.matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)) names.set(JSON.parse(source!) as string, name!);
    return names;
  });
  // graphql.ts: `export const <ExportName> = {…JSON…} as unknown as DocumentNode<…>;`, one a line.
  const documents = generated(path.join(GQL_DIR, 'graphql.ts'), (text) => {
    const json = new Map<string, string>();
    for (const [, name, body] of text.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm)) json.set(name!, body!);
    return json;
  });
  // A template without interpolation or escapes, whose text is then exactly the map's key.
  const call = /\bgraphql\(\s*`((?:[^`$\\]|\$(?!\{))*)`\s*\)/g;
  let building = false;
  return {
    name: 'graphql-document-modules',
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const name = id.slice(PREFIX.length + 1);
      const body = documents().get(name);
      if (!body) this.error(`client/src/gql/graphql.ts has no document ${name}; run \`npm run codegen\`.`);
      JSON.parse(body); // plain data, nothing to run
      return `export default ${body};\n`;
    },
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!/\.tsx?$/.test(file) || !file.startsWith(path.dirname(GQL_DIR) + path.sep) || file.startsWith(GQL_DIR + path.sep)) return null;
      if (!code.includes('graphql(')) return null;
      const where = path.relative(process.cwd(), file);
      const names = exportNames();
      const imported = new Set<string>();
      const next = code.replace(call, (whole, source: string) => {
        const name = names.get(source);
        if (!name) {
          const message = `${where}: a graphql() document is not in client/src/gql/gql.ts; run \`npm run codegen\`.`;
          if (building) this.error(message);
          this.warn(message);
          return whole;
        }
        imported.add(name);
        // Keep the line count, so positions in the rest of the file stay where they were.
        return `__gql_${name}${'\n'.repeat(whole.split('\n').length - 1)}`;
      });
      if (building && /\bgraphql\(\s*`/.test(next)) this.error(`${where}: a graphql() call with interpolation or escapes, which this build cannot split out.`);
      if (imported.size === 0) return null;
      // Appended rather than prepended (imports are hoisted), again to keep line numbers.
      const imports = [...imported].map((name) => `import __gql_${name} from ${JSON.stringify(PREFIX + name)};`).join('\n');
      return { code: `${next}\n${imports}\n`, map: null };
    },
  };
}

export default defineConfig({
  root: 'client',
  plugins: [graphqlDocumentModules(), react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Keep the budget test honest: it measures what the browser downloads for the first route.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
  worker: { format: 'es' },
});
