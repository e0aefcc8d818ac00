// One page of a person's works with authors (in order), topics and venue.
// $id: person id. $sort: 'year' (newest first) or 'citations' (most cited in the graph first).
// $offset, $limit: Cypher integers (the page).
MATCH (:Person {id: $id})-[:AUTHORED]->(w:Paper)
WITH w
ORDER BY CASE WHEN $sort = 'citations' THEN coalesce(w.citationCount, 0) ELSE 0 END DESC,
         coalesce(w.year, 0) DESC, coalesce(w.citationCount, 0) DESC, w.id
SKIP $offset LIMIT $limit
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
