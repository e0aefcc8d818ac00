// The team's members with their stored counts and every topic they work on (most works first).
// Unknown ids give no row (the repository reports them as missing).
// $ids: person ids (2–50, distinct; checked by the route).
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  OPTIONAL MATCH (p)-[w:WORKS_ON]->(t:Topic)
  WITH w, t ORDER BY w.works DESC, t.id
  RETURN collect(t {.id, .name, .code, .worksCount, .peopleCount, works: w.works, lastYear: w.lastYear}) AS topics
}
RETURN p {.id, .name, .worksCount, .coauthorCount, .firstYear, .lastYear, kind: 'person'} AS person, topics
