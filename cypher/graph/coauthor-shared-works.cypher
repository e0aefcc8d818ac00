// For each co-author hop of a path, what makes it a sentence: how many works the two share and the earliest of them
// (then the most cited, then the smallest id), "A co-wrote <title> (<year>) with B".
// $pairs: list of {source, target}, element ids of two people joined by COAUTHOR on a path found in the same request.
UNWIND $pairs AS pair
MATCH (x:Person) WHERE elementId(x) = pair.source
MATCH (y:Person) WHERE elementId(y) = pair.target
CALL (x, y) {
  MATCH (x)-[:AUTHORED]->(w:Paper)<-[:AUTHORED]-(y)
  WITH w ORDER BY w.year ASC, w.citationCount DESC, w.id ASC
  RETURN count(w) AS count, head(collect(w {.id, .title, .year, .citationCount})) AS earliest
}
RETURN pair.source AS source, pair.target AS target, count, earliest
