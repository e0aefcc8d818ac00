// The ranked venue neighbours of each Paper seed: the best $perKind, plus how many exist (total).
// total: how many neighbours pass the filters and are not excluded, counted in the same pass that ranks them (the
// ranking reads every neighbour anyway; a separate count of the excluded ones cost up to 580k db hits per ring).
// One statement per (seed label, neighbour kind), chosen by server/repositories/graph.ts: small statements plan
// in milliseconds, where one UNION of every branch took seconds to plan for each new parameter shape.
// $eids: element ids of the seed nodes (only those labelled Paper match).
// $exclude: element ids never returned nor counted (nodes the caller already shows).
// $perKind: Cypher integer, neighbours kept per seed.
MATCH (n:Paper) WHERE elementId(n) IN $eids
CALL (n) {
  MATCH (n)-[r:PUBLISHED_IN]->(m:Venue) WHERE NOT elementId(m) IN $exclude
  WITH r, m ORDER BY m.id
  RETURN collect({m: m, kind: 'venue'})[..$perKind] AS top, count(*) AS total
}
WITH n, top, total WHERE size(top) > 0
UNWIND range(0, size(top) - 1) AS rank
WITH n, total, rank, top[rank] AS hit
WITH n, total, rank, hit.kind AS kind, hit.m AS m
RETURN elementId(n) AS seed, kind, total, rank, elementId(m) AS eid,
       m {.id, .name, .title, .year, .worksCount, .citationCount, .peopleCount, .coauthorCount, .firstYear, .lastYear, .code,
          kind: kind, papersCount: CASE WHEN m:Venue THEN COUNT { (m)<-[:PUBLISHED_IN]-() } END} AS node
ORDER BY seed, kind, rank
