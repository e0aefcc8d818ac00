// One node id per kind (null where a kind has none), for warming query plans before the app listens: Neo4j caches a
// plan per statement and parameter types, whatever the result, so a small node that still has neighbours of every
// kind does: the hubs the first nodes of a large store often are made the warm-up run for minutes (a depth-2 slice of
// the first person at 1M works outlived its budget three times). Small: fewest works (person_works index order) or
// newest (paper_year index order); topics, institutions and venues are few enough to sort. Any node when none fits.
// No parameters.
CALL () {
  OPTIONAL MATCH (n:Person) WHERE n.worksCount >= 2 AND EXISTS { (n)-[:COAUTHOR]-() }
    AND EXISTS { (n)-[:AFFILIATED_WITH]->() }
  WITH n ORDER BY n.worksCount LIMIT 1
  OPTIONAL MATCH (any:Person) WITH n, any LIMIT 1
  RETURN coalesce(n.id, any.id) AS person
}
CALL () {
  OPTIONAL MATCH (n:Paper) WHERE n.year IS NOT NULL AND EXISTS { (n)<-[:CITES]-() } AND EXISTS { (n)-[:CITES]->() }
    AND EXISTS { (n)-[:PUBLISHED_IN]->() }
  WITH n ORDER BY n.year DESC LIMIT 1
  OPTIONAL MATCH (any:Paper) WITH n, any LIMIT 1
  RETURN coalesce(n.id, any.id) AS paper
}
CALL () {
  OPTIONAL MATCH (n:Topic) WITH n ORDER BY coalesce(n.worksCount, 0) < 2, n.worksCount LIMIT 1
  RETURN n.id AS topic
}
CALL () {
  OPTIONAL MATCH (n:Institution) WITH n ORDER BY coalesce(n.peopleCount, 0) < 2, n.peopleCount LIMIT 1
  RETURN n.id AS institution
}
CALL () {
  OPTIONAL MATCH (n:Venue) WITH n, COUNT { (n)<-[:PUBLISHED_IN]-() } AS papers ORDER BY papers < 2, papers LIMIT 1
  RETURN n.id AS venue
}
RETURN person, paper, topic, institution, venue
