// A paper with its authors (in order), topics, venue, the works it cites and the works citing it (in the graph).
// $id: paper id. $listLimit: Cypher integer, most references / citing works listed (the counts give the totals).
MATCH (w:Paper {id: $id})
CALL (w) {
  OPTIONAL MATCH (a:Person)-[r:AUTHORED]->(w)
  WITH a, r ORDER BY coalesce(r.position, 1000000), a.id
  RETURN collect(a {.id, .name, position: r.position}) AS authors
}
CALL (w) {
  OPTIONAL MATCH (w)-[h:HAS_TOPIC]->(t:Topic)
  WITH h, t ORDER BY coalesce(h.primary, false) DESC, coalesce(h.score, 0) DESC, t.id
  RETURN collect(t {.id, .name, .code}) AS topics
}
CALL (w) {
  OPTIONAL MATCH (w)-[:PUBLISHED_IN]->(v:Venue)
  WITH v ORDER BY v.id LIMIT 1
  RETURN v {.id, .name} AS venue
}
CALL (w) {
  OPTIONAL MATCH (w)-[:CITES]->(r:Paper)
  WITH r ORDER BY coalesce(r.citationCount, 0) DESC, r.year DESC, r.id
  WITH collect(r {.id, .title, .year, .citationCount}) AS listed
  RETURN size(listed) AS referencesCount, listed[..$listLimit] AS references
}
CALL (w) {
  OPTIONAL MATCH (c:Paper)-[:CITES]->(w)
  WITH c ORDER BY c.year DESC, coalesce(c.citationCount, 0) DESC, c.id
  WITH collect(c {.id, .title, .year, .citationCount}) AS listed
  RETURN size(listed) AS citedByCount, listed[..$listLimit] AS citedBy
}
RETURN w {.id, .title, .year, .type, .abstract, .doi, .url, .citationCount, .referencesTotal} AS paper,
       authors, topics, venue, referencesCount, references, citedByCount, citedBy
