// Whether an editor has ever published: once one has, a seed import only files its differences
// for review (decision 0008).
// Parameters: none
// Returns: edits
OPTIONAL MATCH (p:Publication {kind: 'EDIT'})
RETURN count(p) AS edits
