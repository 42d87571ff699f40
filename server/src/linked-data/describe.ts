/**
 * One entity's description for its persistent URI (/id/{slug}/{id}): the triples the catalogue
 * has for it (with its parts) and the classes and names of what it links to, read with the same
 * statements the export streams. A URI once published keeps resolving: an entity that has ended is
 * described as it was on its last day in force, one that has left the graph as it was last
 * published, a renamed one under its new name (its id never changes).
 */
import type { Database } from '../neo4j/database.ts';
import type { ReadScope } from '../modules/entity/entity-model.ts';
import type { EntityLabel } from '../vocabulary/index.ts';
import { catalogResources, ROLE_TYPES } from './catalog-vocabulary.ts';
import { mapActor, mapConcept, mapEntity, mapLegalBasis, namePropsAt, type MapContext } from './map-entities.ts';
import { mapService } from './map-service.ts';
import { CLASS, dct } from './namespaces.ts';
import { langTexts, ResourceBuilder, type Resource } from './rdf-model.ts';
import { serializeAll, type RdfFormat } from './serialize.ts';
import { ENTITY_ROWS, LOOKUP_ENTITY, SERVICE_ROWS, type ServiceRow } from './statements.ts';
import { exactId, serviceUri } from './uris.ts';

export interface DescribeOptions {
  db: Pick<Database, 'read'>;
  scope: Pick<ReadScope, 'asOf' | 'revision'>;
  base: string;
  label: EntityLabel;
  id: string;
  format: RdfFormat;
}

export interface Description {
  body: string;
  /** The date and revision the description was read at (its latest known state). */
  asOf: string;
  revision: number;
}

/** The entity's description, or null when no entity of that label has that id. */
export async function describeEntity(options: DescribeOptions): Promise<Description | null> {
  const at = await latestState(options);
  if (!at) return null;
  const resources = await resourcesOf(options, at);
  if (resources.length === 0) return null;
  return { body: serializeAll(options.format, resources), ...at };
}

/**
 * Where to read the entity: at the scope's date clamped into its validity, and at the scope's
 * revision, or the last one that knew it when it has left the graph since.
 */
export async function latestState({ db, scope, label, id }: Pick<DescribeOptions, 'db' | 'scope' | 'label' | 'id'>): Promise<{ asOf: string; revision: number } | null> {
  const [record] = await db.read(LOOKUP_ENTITY, { id, revision: scope.revision });
  if (!record || !record.labels.includes(label)) return null;
  const revision = record.knownTo > scope.revision ? scope.revision : record.knownTo - 1;
  let asOf = scope.asOf;
  if (record.validTo !== null && record.validTo < asOf) asOf = record.validTo;
  if (record.validFrom !== null && record.validFrom > asOf) asOf = record.validFrom;
  return { asOf, revision };
}

async function resourcesOf({ db, base, label, id }: DescribeOptions, at: { asOf: string; revision: number }): Promise<Resource[]> {
  const range = exactId(label, id);
  const ctx: MapContext = { base, asOf: at.asOf };
  const params = { labelLow: range.low, labelHigh: range.high, asOf: at.asOf, revision: at.revision };
  if (label === 'Instrument') {
    const [row] = await db.read(SERVICE_ROWS, { ...params, roleTypes: ROLE_TYPES });
    if (!row) return [];
    const own = mapService(row, { ...ctx, catalog: null }).resources;
    return [...own, ...linkedResources(row, ctx), ...vocabularyUsed(own, ctx)];
  }
  const [row] = await db.read(ENTITY_ROWS, params);
  return row ? [mapEntity(label, row.props, row.names, ctx, true).resource] : [];
}

/** What a service links to, each with its class and name, so a reader need not fetch them to show the links. */
function linkedResources(row: ServiceRow, ctx: MapContext): Resource[] {
  const actors = new Map(row.roles.map((role) => [String(role.props.id), role] as const));
  const related = [...row.related, ...row.requires];
  return [
    ...[...actors.values()].map((role) => mapActor(role.props, role.names, ctx).resource),
    ...row.legalBases.map((basis) => mapLegalBasis(basis, [], ctx)),
    ...row.targetGroups.map((group) => mapConcept('TargetGroup', group, [], ctx)),
    ...row.goals.map((goal) => mapConcept('Goal', goal, [], ctx)),
    ...[...new Map(related.map((other) => [other.id, other] as const)).values()].map((other) =>
      new ResourceBuilder(serviceUri(ctx.base, other.id), [CLASS.PublicService]).add(dct('title'), langTexts(namePropsAt(other.props, [], ctx.asOf), 'name')).build(),
    ),
  ];
}

/** The output types and roles (the catalogue's own vocabulary) that the service's resources name. */
function vocabularyUsed(resources: readonly Resource[], ctx: MapContext): Resource[] {
  const named = new Set(resources.flatMap((resource) => resource.values.flatMap(([, object]) => (object.kind === 'iri' ? [object.value] : []))));
  return catalogResources(ctx.base, ctx.asOf).filter((resource) => named.has(resource.id) && resource.types.length > 0 && !resource.types.includes(CLASS.Catalog));
}
