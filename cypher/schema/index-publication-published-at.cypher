// `knownAt` resolves to the newest publication at or before it: an index seek, newest first.
// Parameters: none
// Returns: none
CREATE INDEX publication_published_at IF NOT EXISTS FOR (p:Publication) ON (p.publishedAt)
