// Creates or updates seeded nodes; properties are replaced wholesale so a removed field disappears.
// Parameters: $nodes (list of {id, label, entity: boolean, props})
// Returns: written
UNWIND $nodes AS row
MERGE (n:Seeded {id: row.id})
// Every label but Seeded is re-derived, so a node whose label changed keeps no stale one.
REMOVE n:$([label IN labels(n) WHERE label <> 'Seeded'])
SET n = row.props,
    n:$(row.label),
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
