// Number of current seeded records per label, leaving out $markerLabels (Seeded and Entity:
// MARKER_LABELS of server/src/vocabulary/).
// Parameters: $markerLabels
// Returns: label, count
MATCH (n:Seeded)
WHERE n.currentId IS NOT NULL
UNWIND [l IN labels(n) WHERE NOT l IN $markerLabels] AS label
RETURN label, count(*) AS count
ORDER BY label
