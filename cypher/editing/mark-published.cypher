// Closes a submitted change set as published, inside the publication's transaction: from here on
// nothing changes it (no statement matches a published change set for writing). No row when it
// was not submitted.
// Parameters: $id, $revision, $reviewerName, $reviewerEmail, $note
// Returns: id
MATCH (cs:ChangeSet {id: $id})
WHERE cs.status = 'SUBMITTED'
MATCH (p:Publication {revision: $revision})
SET cs.status = 'PUBLISHED',
    cs.revision = $revision,
    cs.publishedAt = p.publishedAt,
    cs.reviewedAt = p.publishedAt,
    cs.reviewerName = $reviewerName,
    cs.reviewerEmail = $reviewerEmail,
    cs.reviewNote = $note
RETURN cs.id AS id
