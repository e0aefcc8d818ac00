// The ranked person neighbours of each Paper seed: the best $perKind, plus how many exist (total).
// total: its degree (a relationship count) minus the excluded neighbours among them, found by one element-id seek
// per excluded node (once per statement, collected) and Expand(Into) from each seed to each of them: with x matched
// by element id in the same subquery, the planner expanded every neighbour of a 200k-person institution instead
// (46 M rows); with a year filter, its neighbours tested one by one.
// One statement per (seed label, neighbour kind), chosen by server/repositories/graph.ts: small statements plan
// in milliseconds, where one UNION of every branch took seconds to plan for each new parameter shape.
// $eids: element ids of the seed nodes (only those labelled Paper match).
// $exclude: element ids never returned nor counted (nodes the caller already shows).
// $perKind: Cypher integer, neighbours kept per seed.
OPTIONAL MATCH (x) WHERE elementId(x) IN $exclude
WITH collect(x) AS shown
MATCH (n:Paper) WHERE elementId(n) IN $eids
CALL (n) {
  MATCH (m:Person)-[r:AUTHORED]->(n) WHERE NOT elementId(m) IN $exclude
  WITH r, m ORDER BY coalesce(r.position, 1000000), m.id LIMIT $perKind
  RETURN collect({m: m, kind: 'person'}) AS top
}
WITH n, shown, top WHERE size(top) > 0
CALL (n, shown) {
  UNWIND shown AS x
  MATCH (x)-[:AUTHORED]->(n)
  RETURN count(*) AS excluded
}
WITH n, top, COUNT { (n)<-[:AUTHORED]-() } - excluded AS total
UNWIND range(0, size(top) - 1) AS rank
WITH n, total, rank, top[rank] AS hit
WITH n, total, rank, hit.kind AS kind, hit.m AS m
RETURN elementId(n) AS seed, kind, total, rank, elementId(m) AS eid,
       m {.id, .name, .title, .year, .worksCount, .citationCount, .peopleCount, .coauthorCount, .firstYear, .lastYear, .code,
          kind: kind, papersCount: CASE WHEN m:Venue THEN COUNT { (m)<-[:PUBLISHED_IN]-() } END} AS node
ORDER BY seed, kind, rank
