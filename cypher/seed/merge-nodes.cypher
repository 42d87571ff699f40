// Creates or updates seeded nodes; properties are replaced wholesale so a removed field disappears.
// Parameters: $nodes (list of {id, label, entity: boolean, props})
// Returns: written
UNWIND $nodes AS row
MERGE (n:Seeded {id: row.id})
REMOVE n:Entity:Source:Actor:LegalBasis:TargetGroup:Goal:Strategy:Instrument:Criterion:NamePeriod
SET n = row.props,
    n:$(row.label),
    n.validFrom = date(row.props.validFrom),
    n.validTo = date(row.props.validTo),
    n.checkedOn = date(row.props.checkedOn)
WITH n, row
CALL (n, row) {
  WITH n, row WHERE row.entity
  SET n:Entity
}
RETURN count(n) AS written
