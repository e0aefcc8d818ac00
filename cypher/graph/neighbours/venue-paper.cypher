// The ranked paper neighbours of each Venue seed: the best $perKind, plus how many exist (total).
// total: its degree (a relationship count) minus the excluded neighbours among them, found by one element-id seek
// per excluded node (once per statement, collected) and Expand(Into) from each seed to each of them: with x matched
// by element id in the same subquery, the planner expanded every neighbour of a 200k-person institution instead
// (46 M rows); with a year filter, its neighbours tested one by one.
// Ranked by the index on (toId, rank) (cypher/schema/indexes.cypher, docs/DATA-MODEL.md "Read ranks"): the rank of the
// neighbour is stored on the relationship, so the best $perKind are read in index order however many neighbours exist
// (ties on rank by id, as before). USING INDEX: the planner would otherwise expand and sort every neighbour.
// One statement per (seed label, neighbour kind), chosen by server/repositories/graph.ts: small statements plan
// in milliseconds, where one UNION of every branch took seconds to plan for each new parameter shape.
// $eids: element ids of the seed nodes (only those labelled Venue match).
// $exclude: element ids never returned nor counted (nodes the caller already shows).
// $perKind: Cypher integer, neighbours kept per seed.
// $from, $to: year bounds or null.
OPTIONAL MATCH (x) WHERE elementId(x) IN $exclude
WITH collect(x) AS shown
MATCH (n:Venue) WHERE elementId(n) IN $eids
CALL (n) {
  MATCH (m:Paper)-[r:PUBLISHED_IN]->() USING INDEX r:PUBLISHED_IN(toId, rank)
  WHERE r.toId = n.id AND r.rank IS NOT NULL AND ($from IS NULL OR m.year >= $from) AND ($to IS NULL OR m.year <= $to) AND NOT elementId(m) IN $exclude
  WITH r, m ORDER BY r.toId DESC, r.rank DESC, m.id LIMIT $perKind
  RETURN collect({m: m, kind: 'paper'}) AS top
}
WITH n, shown, top WHERE size(top) > 0
CALL (n, shown) {
  UNWIND shown AS x
  MATCH (x)-[:PUBLISHED_IN]->(n)
  RETURN count(*) AS excluded
}
WITH n, top, CASE WHEN $from IS NULL AND $to IS NULL THEN COUNT { (n)<-[:PUBLISHED_IN]-() } - excluded
            ELSE COUNT { MATCH (m:Paper)-[r:PUBLISHED_IN]->(n) WHERE ($from IS NULL OR m.year >= $from) AND ($to IS NULL OR m.year <= $to) AND NOT elementId(m) IN $exclude } END AS total
UNWIND range(0, size(top) - 1) AS rank
WITH n, total, rank, top[rank] AS hit
WITH n, total, rank, hit.kind AS kind, hit.m AS m
RETURN elementId(n) AS seed, kind, total, rank, elementId(m) AS eid,
       m {.id, .name, .title, .year, .worksCount, .citationCount, .peopleCount, .coauthorCount, .firstYear, .lastYear, .code,
          kind: kind, papersCount: CASE WHEN m:Venue THEN COUNT { (m)<-[:PUBLISHED_IN]-() } END} AS node
ORDER BY seed, kind, rank
