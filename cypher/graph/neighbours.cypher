// The ranked neighbours of each seed node, per neighbour kind: the best $perKind of each kind, plus how many exist.
// Ranking: papers by in-graph citations then year; co-authors by shared works; topics and institutions by the
// person's works there; a paper's authors by position; a topic's or institution's people by their works there.
// Top-k per branch (ORDER BY … LIMIT) keeps hubs cheap: the arxiv venue has 33k papers, hep-th 10k.
// $eids: element ids of the seed nodes (from graph/resolve-nodes in the same request).
// $exclude: element ids never returned nor counted (nodes the caller already shows).
// $kinds: neighbour kinds to return (person, paper, topic, institution, venue).
// $perKind: Cypher integer, neighbours kept per seed and kind. $from, $to: year bounds or null (papers by year,
// co-authorships by overlapping years, topics and affiliations by last year).
MATCH (n) WHERE elementId(n) IN $eids
CALL (n) {
  WITH n WHERE n:Person AND 'paper' IN $kinds
  CALL (n) {
    MATCH (n)-[r:AUTHORED]->(m:Paper) WHERE ($from IS NULL OR m.year >= $from) AND ($to IS NULL OR m.year <= $to) AND NOT elementId(m) IN $exclude
    WITH r, m ORDER BY coalesce(m.citationCount, 0) DESC, m.year DESC, m.id LIMIT $perKind
    RETURN collect({r: r, m: m, kind: 'paper'}) AS top
  }
  RETURN COUNT { MATCH (n)-[r:AUTHORED]->(m:Paper) WHERE ($from IS NULL OR m.year >= $from) AND ($to IS NULL OR m.year <= $to) AND NOT elementId(m) IN $exclude } AS total, top
  UNION ALL
  WITH n WHERE n:Person AND 'person' IN $kinds
  CALL (n) {
    MATCH (n)-[r:COAUTHOR]-(m:Person) WHERE ($from IS NULL OR r.lastYear >= $from) AND ($to IS NULL OR r.firstYear <= $to) AND NOT elementId(m) IN $exclude
    WITH r, m ORDER BY r.works DESC, r.lastYear DESC, m.id LIMIT $perKind
    RETURN collect({r: r, m: m, kind: 'person'}) AS top
  }
  RETURN COUNT { MATCH (n)-[r:COAUTHOR]-(m:Person) WHERE ($from IS NULL OR r.lastYear >= $from) AND ($to IS NULL OR r.firstYear <= $to) AND NOT elementId(m) IN $exclude } AS total, top
  UNION ALL
  WITH n WHERE n:Person AND 'topic' IN $kinds
  CALL (n) {
    MATCH (n)-[r:WORKS_ON]->(m:Topic) WHERE ($from IS NULL OR r.lastYear >= $from) AND NOT elementId(m) IN $exclude
    WITH r, m ORDER BY r.works DESC, m.id LIMIT $perKind
    RETURN collect({r: r, m: m, kind: 'topic'}) AS top
  }
  RETURN COUNT { MATCH (n)-[r:WORKS_ON]->(m:Topic) WHERE ($from IS NULL OR r.lastYear >= $from) AND NOT elementId(m) IN $exclude } AS total, top
  UNION ALL
  WITH n WHERE n:Person AND 'institution' IN $kinds
  CALL (n) {
    MATCH (n)-[r:AFFILIATED_WITH]->(m:Institution) WHERE ($from IS NULL OR r.lastYear >= $from) AND NOT elementId(m) IN $exclude
    WITH r, m ORDER BY r.works DESC, m.id LIMIT $perKind
    RETURN collect({r: r, m: m, kind: 'institution'}) AS top
  }
  RETURN COUNT { MATCH (n)-[r:AFFILIATED_WITH]->(m:Institution) WHERE ($from IS NULL OR r.lastYear >= $from) AND NOT elementId(m) IN $exclude } AS total, top
  UNION ALL
  WITH n WHERE n:Paper AND 'person' IN $kinds
  CALL (n) {
    MATCH (m:Person)-[r:AUTHORED]->(n) WHERE NOT elementId(m) IN $exclude
    WITH r, m ORDER BY coalesce(r.position, 1000000), m.id LIMIT $perKind
    RETURN collect({r: r, m: m, kind: 'person'}) AS top
  }
  RETURN COUNT { MATCH (m:Person)-[r:AUTHORED]->(n) WHERE NOT elementId(m) IN $exclude } AS total, top
  UNION ALL
  WITH n WHERE n:Paper AND 'topic' IN $kinds
  CALL (n) {
    MATCH (n)-[r:HAS_TOPIC]->(m:Topic) WHERE NOT elementId(m) IN $exclude
    WITH r, m ORDER BY coalesce(r.primary, false) DESC, coalesce(r.score, 0) DESC, m.id LIMIT $perKind
    RETURN collect({r: r, m: m, kind: 'topic'}) AS top
  }
  RETURN COUNT { MATCH (n)-[r:HAS_TOPIC]->(m:Topic) WHERE NOT elementId(m) IN $exclude } AS total, top
  UNION ALL
  WITH n WHERE n:Paper AND 'paper' IN $kinds
  CALL (n) {
    MATCH (n)-[r:CITES]-(m:Paper) WHERE ($from IS NULL OR m.year >= $from) AND ($to IS NULL OR m.year <= $to) AND NOT elementId(m) IN $exclude
    WITH r, m ORDER BY coalesce(m.citationCount, 0) DESC, m.year DESC, m.id LIMIT $perKind
    RETURN collect({r: r, m: m, kind: 'paper'}) AS top
  }
  RETURN COUNT { MATCH (n)-[r:CITES]-(m:Paper) WHERE ($from IS NULL OR m.year >= $from) AND ($to IS NULL OR m.year <= $to) AND NOT elementId(m) IN $exclude } AS total, top
  UNION ALL
  WITH n WHERE n:Paper AND 'venue' IN $kinds
  CALL (n) {
    MATCH (n)-[r:PUBLISHED_IN]->(m:Venue) WHERE NOT elementId(m) IN $exclude
    WITH r, m ORDER BY m.id LIMIT $perKind
    RETURN collect({r: r, m: m, kind: 'venue'}) AS top
  }
  RETURN COUNT { MATCH (n)-[r:PUBLISHED_IN]->(m:Venue) WHERE NOT elementId(m) IN $exclude } AS total, top
  UNION ALL
  WITH n WHERE n:Topic AND 'paper' IN $kinds
  CALL (n) {
    MATCH (m:Paper)-[r:HAS_TOPIC]->(n) WHERE ($from IS NULL OR m.year >= $from) AND ($to IS NULL OR m.year <= $to) AND NOT elementId(m) IN $exclude
    WITH r, m ORDER BY coalesce(m.citationCount, 0) DESC, m.year DESC, m.id LIMIT $perKind
    RETURN collect({r: r, m: m, kind: 'paper'}) AS top
  }
  RETURN CASE WHEN $from IS NULL AND $to IS NULL AND size($exclude) = 0 THEN COUNT { (n)<-[:HAS_TOPIC]-() } ELSE COUNT { MATCH (m:Paper)-[r:HAS_TOPIC]->(n) WHERE ($from IS NULL OR m.year >= $from) AND ($to IS NULL OR m.year <= $to) AND NOT elementId(m) IN $exclude } END AS total, top
  UNION ALL
  WITH n WHERE n:Topic AND 'person' IN $kinds
  CALL (n) {
    MATCH (m:Person)-[r:WORKS_ON]->(n) WHERE ($from IS NULL OR r.lastYear >= $from) AND NOT elementId(m) IN $exclude
    WITH r, m ORDER BY r.works DESC, m.worksCount DESC, m.id LIMIT $perKind
    RETURN collect({r: r, m: m, kind: 'person'}) AS top
  }
  RETURN CASE WHEN $from IS NULL AND $to IS NULL AND size($exclude) = 0 THEN COUNT { (n)<-[:WORKS_ON]-() } ELSE COUNT { MATCH (m:Person)-[r:WORKS_ON]->(n) WHERE ($from IS NULL OR r.lastYear >= $from) AND NOT elementId(m) IN $exclude } END AS total, top
  UNION ALL
  WITH n WHERE n:Institution AND 'person' IN $kinds
  CALL (n) {
    MATCH (m:Person)-[r:AFFILIATED_WITH]->(n) WHERE ($from IS NULL OR r.lastYear >= $from) AND NOT elementId(m) IN $exclude
    WITH r, m ORDER BY r.works DESC, m.id LIMIT $perKind
    RETURN collect({r: r, m: m, kind: 'person'}) AS top
  }
  RETURN COUNT { MATCH (m:Person)-[r:AFFILIATED_WITH]->(n) WHERE ($from IS NULL OR r.lastYear >= $from) AND NOT elementId(m) IN $exclude } AS total, top
  UNION ALL
  WITH n WHERE n:Venue AND 'paper' IN $kinds
  CALL (n) {
    MATCH (m:Paper)-[r:PUBLISHED_IN]->(n) WHERE ($from IS NULL OR m.year >= $from) AND ($to IS NULL OR m.year <= $to) AND NOT elementId(m) IN $exclude
    WITH r, m ORDER BY coalesce(m.citationCount, 0) DESC, m.year DESC, m.id LIMIT $perKind
    RETURN collect({r: r, m: m, kind: 'paper'}) AS top
  }
  RETURN CASE WHEN $from IS NULL AND $to IS NULL AND size($exclude) = 0 THEN COUNT { (n)<-[:PUBLISHED_IN]-() } ELSE COUNT { MATCH (m:Paper)-[r:PUBLISHED_IN]->(n) WHERE ($from IS NULL OR m.year >= $from) AND ($to IS NULL OR m.year <= $to) AND NOT elementId(m) IN $exclude } END AS total, top
}
WITH n, total, top WHERE size(top) > 0
UNWIND range(0, size(top) - 1) AS rank
WITH n, total, rank, top[rank] AS hit
WITH n, total, rank, hit.kind AS kind, hit.r AS r, hit.m AS m
RETURN elementId(n) AS seed, kind, total, rank, elementId(m) AS eid,
       m {.id, .name, .title, .year, .worksCount, .citationCount, .peopleCount, .firstYear, .lastYear, .code,
          kind: kind, papersCount: CASE WHEN m:Venue THEN COUNT { (m)<-[:PUBLISHED_IN]-() } END} AS node,
       type(r) AS type, startNode(r) = n AS outgoing, properties(r) AS props
ORDER BY seed, kind, rank
