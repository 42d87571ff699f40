// Creates or updates seeded relationships, identified by their seed key.
// Parameters: $relationships (list of {type, from, to, key, props})
// Returns: written
UNWIND $relationships AS row
MATCH (a:Seeded {id: row.from})
MATCH (b:Seeded {id: row.to})
MERGE (a)-[r:$(row.type) {seedKey: row.key}]->(b)
SET r = row.props,
    r.seedKey = row.key,
    r.validFrom = date(row.props.validFrom),
    r.validTo = date(row.props.validTo)
RETURN count(r) AS written
