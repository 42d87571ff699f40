// Creates relationships between current records, known from $revision, each with its stable id.
// Parameters: $relationships (list of {id, type, from, to, props}), $revision, $open
// Returns: written
UNWIND $relationships AS row
MATCH (a:Seeded {currentId: row.from})
MATCH (b:Seeded {currentId: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props,
    r.id = row.id,
    r.knownFrom = $revision,
    r.knownTo = $open,
    r.validFrom = date(row.props.validFrom),
    r.validTo = date(row.props.validTo)
RETURN count(r) AS written
