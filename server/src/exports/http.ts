/**
 * Whole-graph downloads under /export/: the CSV files one by one or as a ZIP (with a Frictionless
 * data package descriptor). Every download streams from Neo4j to the socket (Database.stream, sinks
 * that wait for the socket to drain), so memory does not grow with the graph. A failure after the
 * first byte cannot change the status any more: the connection is cut instead, so a client never
 * mistakes a truncated file for a whole one.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { ErrorCode } from '../errors.ts';
import type { RouteDeps, RouteHandler } from '../http/route.ts';
import { requestError, sendJson, serviceUnavailable } from '../http/respond.ts';
import type { ReadScope } from '../modules/entity/entity-model.ts';
import { MEDIA_TYPES, writeCatalog, type RdfFormat } from '../linked-data/catalog.ts';
import { CSV_FILES, csvFileNamed } from './csv/columns.ts';
import { dataPackage } from './csv/data-package.ts';
import { writeCsv } from './csv/write-csv.ts';
import { exportScope } from './scope.ts';
import { writeSeedsZip } from './seeds-zip.ts';
import { ReaderGoneError, sinkOf } from './sink.ts';
import { writeZip } from './zip.ts';

/** The CPSV-AP-NO catalogue's file names; one resource model, two serialisations (linked-data/catalog.ts). */
const CATALOG_FILES: Record<string, RdfFormat> = { 'cpsv-ap-no.ttl': 'turtle', 'cpsv-ap-no.jsonld': 'jsonld' };

/** Downloads streamed at once; each holds a Neo4j transaction open, so more wait for a later try. */
export const MAX_CONCURRENT_EXPORTS = 4;

const STATUS_OF_CODE: Partial<Record<string, number>> = { [ErrorCode.BAD_USER_INPUT]: 400, [ErrorCode.NOT_FOUND]: 404, [ErrorCode.SERVICE_UNAVAILABLE]: 503 };

interface Download {
  contentType: string;
  fileName: (scope: ReadScope) => string;
  body: (scope: ReadScope, response: ServerResponse) => Promise<void>;
}

export function createExportHandler(deps: RouteDeps): RouteHandler {
  let running = 0;

  function downloadAt(path: string): Download | undefined {
    if (path === 'csv.zip') {
      return {
        contentType: 'application/zip',
        fileName: (scope) => `virkemiddelkart-csv-${scope.asOf}.zip`,
        body: (scope, response) => writeCsvZip(deps, scope, response),
      };
    }
    const format = CATALOG_FILES[path];
    if (format) {
      return {
        contentType: MEDIA_TYPES[format],
        fileName: (scope) => `virkemiddelkart-${path.replace('.', `-${scope.asOf}.`)}`,
        body: async (scope, response) => {
          await writeCatalog({ db: deps.db, scope, base: deps.publicBaseUrl(), format, write: sinkOf(response) });
          response.end();
        },
      };
    }
    if (path === 'seeds.zip') {
      return {
        contentType: 'application/zip',
        fileName: (scope) => `virkemiddelkart-seeds-${scope.knownAt ? scope.knownAt.replace(/[:.]/g, '') : scope.asOf}.zip`,
        body: (scope, response) => writeSeedsZip(deps.db, scope.revision, response, new Date(`${scope.asOf}T00:00:00Z`)),
      };
    }
    if (path === 'cpsv-ap-no-report.json') {
      return {
        contentType: 'application/json; charset=utf-8',
        fileName: (scope) => `virkemiddelkart-cpsv-ap-no-report-${scope.asOf}.json`,
        body: async (scope, response) => {
          // The report is complete only once the whole catalogue is written: write it to nowhere first.
          const report = await writeCatalog({ db: deps.db, scope, base: deps.publicBaseUrl(), format: 'turtle', write: async () => undefined });
          response.end(`${JSON.stringify(report, null, 2)}\n`);
        },
      };
    }
    const csv = path.startsWith('csv/') ? csvFileNamed(path.slice('csv/'.length)) : undefined;
    if (csv) {
      return {
        contentType: 'text/csv; charset=utf-8; header=present',
        fileName: (scope) => `virkemiddelkart-${csv.name.replace(/\.csv$/, '')}-${scope.asOf}.csv`,
        body: async (scope, response) => {
          await writeCsv(csv, { db: deps.db, scope, base: deps.publicBaseUrl(), write: sinkOf(response) });
          response.end();
        },
      };
    }
    return undefined;
  }

  return async (request, response, url, requestId) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      requestError(response, 405, ErrorCode.METHOD_NOT_ALLOWED, 'Downloads are read with GET.', requestId, { allow: 'GET, HEAD' });
      return;
    }
    const path = url.pathname.slice('/export/'.length);
    if (path === '') return sendJson(response, 200, exportIndex(deps.publicBaseUrl()));
    const download = downloadAt(path);
    if (!download) {
      requestError(response, 404, ErrorCode.NOT_FOUND, `There is no download "${path}". GET /export/ lists them.`, requestId);
      return;
    }
    if (running >= MAX_CONCURRENT_EXPORTS) {
      serviceUnavailable(response, 'Too many downloads are running. Try again in a moment.', requestId, 10);
      return;
    }
    running += 1;
    try {
      await stream(download, request, response, url, requestId, deps);
    } finally {
      running -= 1;
    }
  };
}

async function stream(download: Download, request: IncomingMessage, response: ServerResponse, url: URL, requestId: string, deps: RouteDeps): Promise<void> {
  let scope: ReadScope;
  try {
    scope = await exportScope(deps.db, url);
  } catch (error) {
    return answerError(error, response, requestId, deps.logger);
  }
  response.writeHead(200, {
    'content-type': download.contentType,
    'content-disposition': `attachment; filename="${download.fileName(scope)}"`,
    // The data changes when a publication lands; a few minutes' staleness is fine for a download.
    'cache-control': 'public, max-age=300',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  try {
    await download.body(scope, response);
  } catch (error) {
    if (error instanceof ReaderGoneError) deps.logger.info({ requestId, path: url.pathname }, 'download abandoned by the client');
    else deps.logger.error({ requestId, path: url.pathname, err: error }, 'download failed part-way; the connection was cut');
    response.destroy();
  }
}

function answerError(error: unknown, response: ServerResponse, requestId: string, logger: Logger): void {
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  const status = typeof code === 'string' ? STATUS_OF_CODE[code] : undefined;
  if (error instanceof GraphQLError && typeof code === 'string' && status !== undefined) {
    requestError(response, status, code, error.message, requestId);
    return;
  }
  logger.error({ requestId, err: error }, 'download failed');
  requestError(response, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Something went wrong on our side.', requestId);
}

async function writeCsvZip(deps: RouteDeps, scope: ReadScope, response: ServerResponse): Promise<void> {
  const base = deps.publicBaseUrl();
  const entries = [
    ...CSV_FILES.map((file) => ({ name: file.name, produce: (write: (chunk: string) => Promise<void>) => writeCsv(file, { db: deps.db, scope, base, write }) })),
    { name: 'datapackage.json', produce: (write: (chunk: string) => Promise<void>) => write(dataPackage(CSV_FILES, { asOf: scope.asOf, knownAt: scope.knownAt, homepage: base })) },
  ];
  await writeZip(entries, response, new Date(`${scope.asOf}T00:00:00Z`));
}

/** GET /export/: what can be downloaded, with media types, for people and for harvesters. */
function exportIndex(base: string): unknown {
  const scope = 'Each takes ?asOf=YYYY-MM-DD (default today) and ?knownAt=<ISO date-time> (default: as published now).';
  return {
    description: `Downloads of the whole graph. ${scope}`,
    downloads: [
      { href: `${base}/export/cpsv-ap-no.ttl`, mediaType: 'text/turtle', title: 'The catalogue of services in CPSV-AP-NO (Turtle), for Felles datakatalog' },
      { href: `${base}/export/cpsv-ap-no.jsonld`, mediaType: 'application/ld+json', title: 'The catalogue of services in CPSV-AP-NO (JSON-LD)' },
      { href: `${base}/export/cpsv-ap-no-report.json`, mediaType: 'application/json', title: 'What the CPSV-AP-NO catalogue left out or could not fill, and why' },
      { href: `${base}/export/csv.zip`, mediaType: 'application/zip', title: 'Every CSV file and datapackage.json, as one ZIP' },
      { href: `${base}/export/seeds.zip`, mediaType: 'application/zip', title: 'The graph as seeds/ YAML (every validity period; knownAt applies, asOf does not), which npm run seed imports to the same checksum' },
      ...CSV_FILES.map((file) => ({ href: `${base}/export/csv/${file.name}`, mediaType: 'text/csv', title: file.kind === 'entity' ? `Entities: ${file.label}` : `Relationships: ${file.type}` })),
    ],
  };
}
