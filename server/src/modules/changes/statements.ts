/** The change feed's statements (cypher/changes/): published changes, the newest publication, a feed's entity. */
import { z } from 'zod';
import { defineStatement, none } from '../../neo4j/statement.ts';
import { ENTITY_LABELS, GRAPH_LABELS, PUBLICATION_KINDS } from '../../vocabulary/index.ts';
import { storedChange } from '../editing/statements.ts';

const revision = z.number().int().nonnegative();
const optionalText = z.string().nullable().optional();

/** A record as a feed names it: its labels and whatever it is called by (names, a title, a criterion's text). */
export const feedEntity = z.object({
  id: z.string(),
  labels: z.array(z.enum(GRAPH_LABELS)),
  name_nb: optionalText,
  name_nn: optionalText,
  name_en: optionalText,
  title: optionalText,
  text_nb: optionalText,
  text_nn: optionalText,
  text_en: optionalText,
});
export type FeedEntityRecord = z.infer<typeof feedEntity>;

/** One row of the feed: a published change with its publication, or a publication that stored no changes. */
export const changeRow = z.object({
  publication: z.object({ revision: z.number().int().positive(), publishedAt: z.string(), kind: z.enum(PUBLICATION_KINDS), changeSetId: z.string(), title: z.string() }),
  changeSet: z.object({ id: z.string(), title: z.string(), reason: optionalText, authorName: z.string(), reviewerName: optionalText }),
  change: storedChange.nullable(),
  entity: feedEntity.nullable(),
  sources: z.array(z.object({ id: z.string(), title: z.string(), url: optionalText, publisher: optionalText })),
  recordCount: z.number().int().nonnegative().nullable(),
});
export type ChangeRow = z.infer<typeof changeRow>;

const keyset = {
  beforeRevision: z.number().int(),
  beforeSeq: z.number().int(),
  since: z.iso.datetime({ offset: true }),
  labels: z.array(z.enum(ENTITY_LABELS)),
  limit: z.number().int().positive(),
};

export const CHANGES = defineStatement('changes/changes', z.object({ ...keyset, afterRevision: revision }), changeRow);

export const CHANGES_OF_ENTITIES = defineStatement('changes/changes-of-entities', z.object({ ...keyset, ids: z.array(z.string()).min(1) }), changeRow);

export const NEWEST_PUBLICATION = defineStatement('changes/newest-publication', none, z.object({ revision, publishedAt: z.string().nullable() }));

export const FEED_ENTITY = defineStatement(
  'changes/feed-entity',
  z.object({ id: z.string(), label: z.enum(ENTITY_LABELS) }),
  z.object({ entity: feedEntity.nullable(), revision, publishedAt: z.string().nullable() }),
);
