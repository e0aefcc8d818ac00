// Stores per-person counts used for ranking and sizing (works, co-authors, topics, active years).
// $ids: list of person ids.
UNWIND $ids AS id
MATCH (person:Person {id: id})
CALL (person) {
  OPTIONAL MATCH (person)-[:AUTHORED]->(paper:Paper)
  RETURN count(paper) AS works, min(paper.year) AS firstYear, max(paper.year) AS lastYear
}
SET person.worksCount = works,
    person.firstYear = firstYear,
    person.lastYear = lastYear,
    person.coauthorCount = COUNT { (person)-[:COAUTHOR]-() },
    person.topicCount = COUNT { (person)-[:WORKS_ON]->() }
