// Moves a change set from one of $from to $to: submit and withdraw by its author ($authorEmail),
// reject by a reviewer (named in $reviewer: name, email, note; empty strings otherwise). Never
// matches a published change set: $from never holds PUBLISHED (editing.service.ts). No row when
// the change set is not in one of $from or, for the author's moves, is someone else's.
// Parameters: $id, $from, $to, $authorEmail, $reviewer (map: name, email, note)
// Returns: id
MATCH (cs:ChangeSet {id: $id})
WHERE cs.status IN $from AND cs.status <> 'PUBLISHED' AND ($authorEmail = '' OR cs.authorEmail = $authorEmail)
SET cs.status = $to,
    cs.submittedAt = CASE WHEN $to = 'SUBMITTED' THEN datetime.realtime() ELSE cs.submittedAt END,
    cs.reviewedAt = CASE WHEN $reviewer.email <> '' THEN datetime.realtime() ELSE cs.reviewedAt END,
    cs.reviewerName = CASE WHEN $reviewer.email <> '' THEN $reviewer.name ELSE cs.reviewerName END,
    cs.reviewerEmail = CASE WHEN $reviewer.email <> '' THEN $reviewer.email ELSE cs.reviewerEmail END,
    cs.reviewNote = CASE WHEN $reviewer.email <> '' THEN $reviewer.note ELSE cs.reviewNote END
RETURN cs.id AS id
