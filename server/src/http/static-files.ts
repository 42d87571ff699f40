import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { requestError } from './respond.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serves the built explorer. Hashed assets are cached for a year; every other path that is not a
 * file gets index.html, so client-side routes like /virkemiddel/startlan work on reload.
 */
export function serveStatic(root: string, request: IncomingMessage, response: ServerResponse, requestId: string): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const index = path.join(root, 'index.html');
  if (!existsSync(index)) return false;
  const urlPath = decodePath(new URL(request.url ?? '/', 'http://localhost').pathname);
  if (urlPath === undefined) {
    requestError(response, 400, 'BAD_REQUEST', 'The address has a malformed percent-escape.', requestId);
    return true;
  }
  const candidate = path.normalize(path.join(root, urlPath));
  const insideRoot = candidate.startsWith(root + path.sep);
  const isFile = insideRoot && existsSync(candidate) && statSync(candidate).isFile();
  const file = isFile ? candidate : index;
  if (!isFile && path.extname(urlPath) !== '') {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return true;
  }
  const immutable = isFile && urlPath.startsWith('/assets/');
  response.writeHead(200, {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
  return true;
}

/** The decoded path, or undefined for a malformed escape such as "/%" or "/%E0%A4%A" (a client's mistake). */
function decodePath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}
