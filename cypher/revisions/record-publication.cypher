// Records publication $revision: when (the real clock, after the lock, so publications are in
// time order), what kind, which change set. The data version readers compare becomes the revision.
// Parameters: $revision, $kind, $changeSetId, $title, $checksum
// Returns: revision, publishedAt
CREATE (p:Publication {revision: $revision, publishedAt: datetime.realtime(), kind: $kind, changeSetId: $changeSetId, title: $title})
MERGE (version:DataVersion {id: 'seed'})
SET version.revision = $revision,
    version.checksum = $checksum
RETURN p.revision AS revision, toString(p.publishedAt) AS publishedAt
