// Collaborator candidates for a person, with their evidence. Candidates: people working on one of the person's
// topics (the best $perTopic of each topic by works there) and co-authors of the person's best $perCoauthor
// co-authors (the best $perCoauthor of each); existing co-authors and the person are left out. Caps keep hubs fast.
// With $only, the candidates are exactly those people instead, co-authors included (an invite's fit reasons).
// $id: person id. $topic: a topic id to restrict the topic branch to, or null.
// $perTopic, $perCoauthor: Cypher integers (candidate caps). $only: a list of person ids, or null.
MATCH (p:Person {id: $id})
CALL (p) {
  WITH p WHERE $only IS NULL
  MATCH (p)-[:WORKS_ON]->(t:Topic)
  WHERE $topic IS NULL OR t.id = $topic
  CALL (t) {
    MATCH (q:Person)-[theirs:WORKS_ON]->(t)
    WITH q, theirs ORDER BY theirs.works DESC, theirs.lastYear DESC, q.id LIMIT $perTopic
    RETURN q
  }
  RETURN q
  UNION
  WITH p WHERE $only IS NULL
  MATCH (p)-[near:COAUTHOR]-(c:Person)
  WITH c ORDER BY near.works DESC, c.id LIMIT $perCoauthor
  CALL (c) {
    MATCH (c)-[far:COAUTHOR]-(q:Person)
    WITH q, far ORDER BY far.works DESC, q.id LIMIT $perCoauthor
    RETURN q
  }
  RETURN q
  UNION
  UNWIND coalesce($only, []) AS onlyId
  MATCH (q:Person {id: onlyId})
  RETURN q
}
WITH p, q WHERE q <> p AND ($only IS NOT NULL OR NOT EXISTS { (p)-[:COAUTHOR]-(q) })
CALL (p, q) {
  MATCH (q)-[theirs:WORKS_ON]->(t:Topic)
  MATCH (p)-[mine:WORKS_ON]->(t)
  RETURN collect(t {.id, .name, .code, .peopleCount, yourWorks: mine.works, theirWorks: theirs.works}) AS sharedTopics
}
CALL (p, q) {
  MATCH (q)-[:COAUTHOR]-(m:Person)
  WHERE EXISTS { (p)-[:COAUTHOR]-(m) }
  WITH m ORDER BY m.worksCount DESC, m.id
  RETURN collect(m {.id, .name}) AS mutualCoauthors
}
RETURN q {.id, .name, .worksCount, .lastYear} AS person, sharedTopics, mutualCoauthors,
       p.lastYear AS yourLastYear, COUNT { (:Person) } AS peopleTotal
