// Creates records for ids that have none (version 1, known from $revision). `props` holds the
// record's own properties with dates as ISO strings; `entity` adds the Entity label.
// Parameters: $nodes (list of {id, label, entity: boolean, props}), $revision, $open
// Returns: written
UNWIND $nodes AS row
CREATE (n:Seeded)
SET n = row.props,
    n:$(row.label),
    n.id = row.id,
    n.currentId = row.id,
    n.version = 1,
    n.knownFrom = $revision,
    n.knownTo = $open,
    n.validFrom = date(row.props.validFrom),
    n.validTo = date(row.props.validTo),
    n.compiledOn = date(row.props.compiledOn),
    n.verifiedOn = date(row.props.verifiedOn),
    n.verifiedCopyDate = date(row.props.verifiedCopyDate)
WITH n, row
CALL (n, row) {
  WITH n, row WHERE row.entity
  SET n:Entity
}
RETURN count(n) AS written
