// Collaborator candidates for a person, with their evidence. Candidates: people working on one of the person's
// $topics main topics (most works first; the best $perTopic of each topic by the WORKS_ON read rank, i.e. works there,
// then works in all, read in index order) and co-authors of the person's best $perCoauthor co-authors (the best
// $perCoauthor of each); existing co-authors and the person are left out. Caps keep hubs fast: at 1M works the most
// prolific person works on 213 topics of up to 590k people each, and sorting them all took minutes.
// With $only, the candidates are exactly those people instead, co-authors included (an invite's fit reasons).
// $id: person id. $topic: a topic id to restrict the topic branch to, or null.
// $topics, $perTopic, $perCoauthor: Cypher integers (candidate caps). $only: a list of person ids, or null.
MATCH (p:Person {id: $id})
// The person's topics and co-authors are read once; candidates and their evidence are then tested against these lists
// (an Expand(Into) from each candidate to a hub topic or co-author cost ~40 db hits a row).
CALL (p) {
  OPTIONAL MATCH (p)-[mine:WORKS_ON]->(t:Topic)
  RETURN collect({topic: t, works: mine.works}) AS mine, collect(t) AS myTopics
}
CALL (p) {
  OPTIONAL MATCH (p)-[:COAUTHOR]-(m:Person)
  RETURN collect(m) AS myCoauthors, sum(COUNT { (m)-[:COAUTHOR]-() }) AS throughMine
}
CALL (p) {
  WITH p WHERE $only IS NULL
  MATCH (p)-[mine:WORKS_ON]->(t:Topic)
  WHERE $topic IS NULL OR t.id = $topic
  WITH t ORDER BY mine.works DESC, t.id LIMIT $topics
  CALL (t) {
    MATCH (q:Person)-[theirs:WORKS_ON]->() USING INDEX theirs:WORKS_ON(toId, rank)
    WHERE theirs.toId = t.id AND theirs.rank IS NOT NULL
    WITH q, theirs ORDER BY theirs.toId DESC, theirs.rank DESC, q.id LIMIT $perTopic
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
WITH p, mine, myTopics, myCoauthors, throughMine, q
WHERE q <> p AND ($only IS NOT NULL OR NOT q IN myCoauthors)
WITH p, mine, myTopics, myCoauthors, throughMine,
     collect(q) AS candidates, sum(COUNT { (q)-[:COAUTHOR]-() }) AS throughCandidates
// Mutual co-authors, walked from whichever side has fewer co-author edges: a hub's co-authors have ~2 M co-authors
// between them, and a small person's candidates (the best people of large topics) ~350 k.
CALL (candidates, myCoauthors, throughMine, throughCandidates) {
  CALL (candidates, myCoauthors, throughMine, throughCandidates) {
    WITH * WHERE throughMine < throughCandidates
    UNWIND myCoauthors AS m
    MATCH (m)-[:COAUTHOR]-(q:Person) WHERE q IN candidates
    RETURN q, m
    UNION ALL
    WITH * WHERE throughMine >= throughCandidates
    UNWIND candidates AS q
    MATCH (q)-[:COAUTHOR]-(m:Person) WHERE m IN myCoauthors
    RETURN q, m
  }
  WITH q, m ORDER BY m.worksCount DESC, m.id
  WITH q, collect(m {.id, .name}) AS mutual
  RETURN collect({person: q, mutual: mutual}) AS mutuals
}
UNWIND candidates AS q
CALL (q, mine, myTopics) {
  MATCH (q)-[theirs:WORKS_ON]->(t:Topic) WHERE t IN myTopics
  RETURN collect(t {.id, .name, .code, .peopleCount, yourWorks: [x IN mine WHERE x.topic = t][0].works,
                    theirWorks: theirs.works}) AS sharedTopics
}
RETURN q {.id, .name, .worksCount, .lastYear} AS person, sharedTopics,
       coalesce([x IN mutuals WHERE x.person = q][0].mutual, []) AS mutualCoauthors,
       p.lastYear AS yourLastYear, COUNT { (:Person) } AS peopleTotal
