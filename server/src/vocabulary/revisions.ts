/**
 * Transaction time (decision 0008): every seeded node and relationship is a record known from one
 * publication's revision until another's. These names are in cypher/revisions/ and in every read
 * statement's revision filter too.
 */

/** `knownTo` of a current record: no publication has closed it. 2^53 − 1 travels as an integer. */
export const OPEN_REVISION = Number.MAX_SAFE_INTEGER;

/**
 * The revision a read of the graph as it is now filters by: above every real revision and below
 * OPEN_REVISION, so `knownFrom <= k < knownTo` admits exactly the current records without looking
 * up the newest publication.
 */
export const CURRENT_REVISION = OPEN_REVISION - 1;

/** Properties the revision machinery keeps on records; never part of a seed entry or a diff. */
export const BOOKKEEPING_PROPERTIES = ['knownFrom', 'knownTo', 'version', 'currentId'] as const;

/** Who wrote a publication: an editor's reviewed change set, or `npm run seed`. */
export const PUBLICATION_KINDS = ['EDIT', 'SEED_IMPORT'] as const;
export type PublicationKind = (typeof PUBLICATION_KINDS)[number];

/** Labels of the nodes that hold history and editing state (never seeded, never entities). */
export const REVISION_LABELS = ['Publication', 'PublicationCounter', 'ChangeSet', 'Change', 'Suggestion'] as const;

/** Relationship types between the history nodes (never between records). */
export const HISTORY_RELATIONSHIP_TYPES = ['HAS_CHANGE'] as const;
