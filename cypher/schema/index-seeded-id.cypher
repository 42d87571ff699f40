// Lookups of seeded records (sources cited by id, parts) at any revision.
// Parameters: none
// Returns: none
CREATE INDEX seeded_id_any_revision IF NOT EXISTS FOR (n:Seeded) ON (n.id)
