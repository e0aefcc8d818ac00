// Works by id with authors (in order), topics and venue; unknown ids are left out (the caller orders the rows).
// $ids: list of paper ids.
UNWIND $ids AS id
MATCH (w:Paper {id: id})
WITH DISTINCT w
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
RETURN w {.id, .title, .year, .type, .abstract, .citationCount, .doi, .url} AS work, authors, topics, venue
