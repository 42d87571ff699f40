/**
 * The whole graph as a CPSV-AP-NO catalogue for Felles datakatalog (data.norge.no), in Turtle or
 * JSON-LD, written as it is read: one streamed statement per kind of resource (Database.stream),
 * each row mapped and handed to `write` before the next is taken, so memory holds one entity at a
 * time however large the graph. The two formats are written from the same resources and carry the
 * same triples. What the graph cannot supply is reported, not invented (report.ts).
 */
import type { Database } from '../neo4j/database.ts';
import type { ReadScope } from '../modules/entity/entity-model.ts';
import { catalogUri } from '../vocabulary/index.ts';
import { catalogResources, ROLE_TYPES } from './catalog-vocabulary.ts';
import { mapEntity } from './map-entities.ts';
import { mapService } from './map-service.ts';
import { compactIri } from './namespaces.ts';
import type { Resource } from './rdf-model.ts';
import { ReportBuilder, type CatalogReport, type ReportEntry } from './report.ts';
import { serializerFor, type DocumentSerializer, type RdfFormat } from './serialize.ts';
import { ENTITY_ROWS, SERVICE_ROWS } from './statements.ts';
import { wholeLabel } from './uris.ts';

export type { CatalogReport } from './report.ts';
export { MEDIA_TYPES, type RdfFormat } from './serialize.ts';

export interface CatalogOptions {
  db: Pick<Database, 'stream'>;
  scope: Pick<ReadScope, 'asOf' | 'knownAt' | 'revision'>;
  /** The origin persistent URIs are written with, without a trailing slash. */
  base: string;
  format: RdfFormat;
  /** Resolves once the chunk is taken; a slow reader holds the export (and Neo4j) back. */
  write: (chunk: string) => Promise<void>;
}

/** The entities written after the services, each as its own streamed statement, in id order. */
const ENTITY_LABELS_WRITTEN = ['Actor', 'LegalBasis', 'TargetGroup', 'Goal'] as const;

export async function writeCatalog(options: CatalogOptions): Promise<CatalogReport> {
  const { db, scope, base, format, write } = options;
  const serializer = serializerFor(format);
  const report = new ReportBuilder();
  const emit = (resources: readonly Resource[]): Promise<void> => write(resources.map((resource) => serializeCounted(serializer, resource, report)).join(''));
  report.add(catalogEntries(base));

  await write(serializer.start());
  await emit(catalogResources(base, scope.asOf));
  const ctx = { base, asOf: scope.asOf, catalog: catalogUri(base) };
  const range = wholeLabel('Instrument');
  let services = 0;
  await db.stream(SERVICE_ROWS, { labelLow: range.low, labelHigh: range.high, asOf: scope.asOf, revision: scope.revision, roleTypes: ROLE_TYPES }, (row) => {
    const mapped = mapService(row, ctx);
    report.add(mapped.entries);
    if (!mapped.complete) return undefined;
    services += 1;
    return emit(mapped.resources);
  });
  if (services === 0) report.add([noServices(base, scope.asOf)]);
  for (const label of ENTITY_LABELS_WRITTEN) {
    const labelRange = wholeLabel(label);
    await db.stream(ENTITY_ROWS, { labelLow: labelRange.low, labelHigh: labelRange.high, asOf: scope.asOf, revision: scope.revision }, (row) => {
      const mapped = mapEntity(label, row.props, row.names, ctx);
      report.add(mapped.entries);
      return emit([mapped.resource]);
    });
  }
  await write(serializer.end());
  return report.build(scope);
}

function serializeCounted(serializer: DocumentSerializer, resource: Resource, report: ReportBuilder): string {
  for (const type of resource.types) report.count(compactIri(type));
  return serializer.resource(resource);
}

/** What the catalogue itself lacks, whatever the date. */
function catalogEntries(base: string): ReportEntry[] {
  const uri = catalogUri(base);
  return [
    {
      uri,
      id: 'catalog',
      label: 'Catalog',
      outcome: 'incomplete',
      property: 'dct:publisher',
      reason: 'Neither the graph nor the repository names the organisation that publishes the catalogue; its publisher is the Virkemiddelkart service at this address (a foaf:Agent), not an organisation with an organisation number.',
    },
    {
      uri,
      id: 'catalog',
      label: 'Catalog',
      outcome: 'incomplete',
      property: 'dct:license',
      reason: 'The repository states no licence for the data (the MIT licence in package.json covers the code), so none is claimed.',
    },
  ];
}

function noServices(base: string, asOf: string): ReportEntry {
  return { uri: catalogUri(base), id: 'catalog', label: 'Catalog', outcome: 'incomplete', property: 'dcatno:containsService', reason: `No instrument in force on ${asOf} has every value the profile requires.` };
}
