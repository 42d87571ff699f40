// Sets properties on current relationships whose start record this publication has versioned
// (so the relationship is this publication's own copy); null removes a property.
// Parameters: $patches (list of {id, type, from, to, set}), $revision
// Returns: written
UNWIND $patches AS row
MATCH (a:Seeded {currentId: row.from})-[r]->(b:Seeded {currentId: row.to})
WHERE type(r) = row.type AND r.id = row.id AND r.knownFrom = $revision
SET r += row.set
WITH r, row, keys(row.set) AS given
SET r.validFrom = CASE WHEN 'validFrom' IN given THEN date(row.set.validFrom) ELSE r.validFrom END,
    r.validTo = CASE WHEN 'validTo' IN given THEN date(row.set.validTo) ELSE r.validTo END
RETURN count(r) AS written
