// Records which seed content the graph holds (a checksum of the validated seed graph).
// Parameters: $checksum
// Returns: checksum
MERGE (version:DataVersion {id: 'seed'})
SET version.checksum = $checksum
RETURN version.checksum AS checksum
