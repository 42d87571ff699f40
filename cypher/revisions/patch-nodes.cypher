// Sets properties on records this publication has just versioned (version-node.cypher): a value
// of null removes the property. Dates arrive as ISO strings and are stored as dates.
// Parameters: $patches (list of {id, set}), $revision
// Returns: written
UNWIND $patches AS row
MATCH (n:Seeded {currentId: row.id})
WHERE n.knownFrom = $revision
SET n += row.set
WITH n, row, keys(row.set) AS given
SET n.validFrom = CASE WHEN 'validFrom' IN given THEN date(row.set.validFrom) ELSE n.validFrom END,
    n.validTo = CASE WHEN 'validTo' IN given THEN date(row.set.validTo) ELSE n.validTo END,
    n.compiledOn = CASE WHEN 'compiledOn' IN given THEN date(row.set.compiledOn) ELSE n.compiledOn END,
    n.verifiedOn = CASE WHEN 'verifiedOn' IN given THEN date(row.set.verifiedOn) ELSE n.verifiedOn END,
    n.verifiedCopyDate = CASE WHEN 'verifiedCopyDate' IN given THEN date(row.set.verifiedCopyDate) ELSE n.verifiedCopyDate END
RETURN count(n) AS written
