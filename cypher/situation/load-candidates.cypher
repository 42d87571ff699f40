// Everything the situation engine needs for one date, in one round trip: every household-facing
// instrument (supplySide false) in force at the date, named as at that date, with its criteria in
// force (in their stored order; `test` and `explain` are JSON strings), its DECIDED_BY and
// DELIVERED_BY actors in force (named as at that date: the name period in force, else the node's
// name), and the COMBINES_WITH / PRECONDITION_FOR / EXCLUDES relations in force among these
// instruments (with the JSON condition a relation's reason fits), every limit table (with its
// municipality groups, in order) that a criterion of these instruments compares with, whatever its
// period (the engine picks the table for the date and needs the newest one after the last period
// ends), and the notices in force with their contact actors named as at that date. Instruments
// carry their indications (JSON). Always one row; the lists are empty when nothing is in force.
// Records are those known at revision $revision (decision 0008; CURRENT_REVISION for the graph
// now), and the data version is the revision read: the newest publication for the graph now. The
// candidates at a revision never change, so when $knownVersion is the version the caller already
// holds the candidates of (decision 0007), the row carries only the version and the lists are
// null, and a situation then costs the database almost nothing.
// Parameters: $asOf, $revision, $current, $knownVersion
// Returns: version, instruments, relations, limitTables, notices
OPTIONAL MATCH (dataVersion:DataVersion {id: 'seed'})
WITH date($asOf) AS d, $revision AS k,
  'revision-' + toString(CASE WHEN $revision = $current THEN coalesce(dataVersion.revision, 0) ELSE $revision END) AS version
OPTIONAL CALL (d, k, version) {
  UNWIND CASE WHEN version <> $knownVersion THEN [true] ELSE [] END AS stale
  CALL (d, k) {
    MATCH (i:Instrument)
    WHERE coalesce(i.supplySide, false) = false AND i.knownFrom <= k < i.knownTo
      AND (i.validFrom IS NULL OR i.validFrom <= d) AND (i.validTo IS NULL OR i.validTo >= d)
    CALL (i, d, k) {
      OPTIONAL MATCH (i)-[h:HAS_NAME]->(p:NamePeriod)
      WHERE h.knownFrom <= k < h.knownTo AND (p.validFrom IS NULL OR p.validFrom <= d) AND (p.validTo IS NULL OR p.validTo >= d)
      WITH p
      ORDER BY p.validFrom DESC
      LIMIT 1
      RETURN p AS namePeriod
    }
    CALL (i, d, k) {
      OPTIONAL MATCH (i)-[q:REQUIRES]->(c:Criterion)
      WHERE q.knownFrom <= k < q.knownTo AND (c.validFrom IS NULL OR c.validFrom <= d) AND (c.validTo IS NULL OR c.validTo >= d)
      WITH c
      ORDER BY c.order
      RETURN collect(c { .id, .order, .text_nb, .text_nn, .text_en, .test, .required, .discretionary, .explain,
        .whyNot_nb, .whyNot_nn, .whyNot_en, .thresholdYear, .sourceIds, .validFrom, .validTo }) AS criteria
    }
    CALL (i, d, k) {
      OPTIONAL MATCH (i)-[r:DECIDED_BY|DELIVERED_BY]->(a:Actor)
      WHERE r.knownFrom <= k < r.knownTo AND (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d)
        AND (a.validFrom IS NULL OR a.validFrom <= d) AND (a.validTo IS NULL OR a.validTo >= d)
      CALL (a, d, k) {
        OPTIONAL MATCH (a)-[h:HAS_NAME]->(p:NamePeriod)
        WHERE h.knownFrom <= k < h.knownTo AND (p.validFrom IS NULL OR p.validFrom <= d) AND (p.validTo IS NULL OR p.validTo >= d)
        WITH p
        ORDER BY p.validFrom DESC
        LIMIT 1
        RETURN p AS actorName
      }
      WITH r, a, actorName
      WHERE a IS NOT NULL
      ORDER BY type(r), a.id
      RETURN collect({
        id: a.id,
        role: type(r),
        name_nb: coalesce(actorName.name_nb, a.name_nb),
        name_nn: coalesce(actorName.name_nn, a.name_nn),
        name_en: coalesce(actorName.name_en, a.name_en)
      }) AS actors
    }
    WITH i, namePeriod, criteria, actors
    ORDER BY i.id
    RETURN collect({
      id: i.id,
      name_nb: coalesce(namePeriod.name_nb, i.name_nb),
      name_nn: coalesce(namePeriod.name_nn, i.name_nn),
      name_en: coalesce(namePeriod.name_en, i.name_en),
      householdGoals: coalesce(i.householdGoals, []),
      indications: i.indications,
      criteria: criteria,
      actors: actors
    }) AS instruments, collect(i.id) AS instrumentIds
  }
  CALL (d, k, instrumentIds) {
    MATCH (a:Instrument)-[r:COMBINES_WITH|PRECONDITION_FOR|EXCLUDES]->(b:Instrument)
    WHERE a.id IN instrumentIds AND b.id IN instrumentIds AND r.knownFrom <= k < r.knownTo
      AND (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d)
    WITH a, r, b
    ORDER BY r.id
    RETURN collect({
      id: r.id,
      type: type(r),
      from: a.id,
      to: b.id,
      rationale_nb: r.rationale_nb,
      rationale_nn: r.rationale_nn,
      rationale_en: r.rationale_en,
      sourceIds: coalesce(r.sourceIds, []),
      appliesWhen: r.appliesWhen,
      validFrom: r.validFrom,
      validTo: r.validTo
    }) AS relations
  }
  CALL (k, instrumentIds) {
    MATCH (i:Instrument)-[q:REQUIRES]->(:Criterion)-[w:COMPARES_WITH]->(t:LimitTable)
    WHERE i.id IN instrumentIds AND q.knownFrom <= k < q.knownTo AND w.knownFrom <= k < w.knownTo
    WITH DISTINCT t
    CALL (t, k) {
      MATCH (g:MunicipalityGroup)-[m:GROUP_OF]->(t)
      WHERE m.knownFrom <= k < m.knownTo
      WITH g
      ORDER BY g.order
      RETURN collect(g { .id, .name_nb, .name_nn, .name_en, .allOthers, .values, .municipalities }) AS groups
    }
    WITH t, groups
    ORDER BY t.id, t.validFrom
    RETURN collect(t { .id, .unit, .validFrom, .validTo, .currentValuesUrl, groups: groups }) AS limitTables
  }
  CALL (d, k) {
    MATCH (n:Notice)
    WHERE n.knownFrom <= k < n.knownTo AND (n.validFrom IS NULL OR n.validFrom <= d) AND (n.validTo IS NULL OR n.validTo >= d)
    CALL (n, d, k) {
      OPTIONAL MATCH (n)-[c:CONTACT]->(a:Actor)
      WHERE c.knownFrom <= k < c.knownTo AND (a.validFrom IS NULL OR a.validFrom <= d) AND (a.validTo IS NULL OR a.validTo >= d)
      CALL (a, d, k) {
        OPTIONAL MATCH (a)-[h:HAS_NAME]->(p:NamePeriod)
        WHERE h.knownFrom <= k < h.knownTo AND (p.validFrom IS NULL OR p.validFrom <= d) AND (p.validTo IS NULL OR p.validTo >= d)
        WITH p
        ORDER BY p.validFrom DESC
        LIMIT 1
        RETURN p AS actorName
      }
      WITH a, actorName
      WHERE a IS NOT NULL
      ORDER BY a.id
      RETURN collect({
        id: a.id,
        kind: a.kind,
        name_nb: coalesce(actorName.name_nb, a.name_nb),
        name_nn: coalesce(actorName.name_nn, a.name_nn),
        name_en: coalesce(actorName.name_en, a.name_en)
      }) AS contacts
    }
    WITH n, contacts
    ORDER BY n.id
    RETURN collect(n { .id, .kind, .when, .steps, .title_nb, .title_nn, .title_en, .text_nb, .text_nn, .text_en, sourceIds: coalesce(n.sourceIds, []), contacts: contacts }) AS notices
  }
  RETURN instruments, relations, limitTables, notices
}
RETURN version, instruments, relations, limitTables, notices
