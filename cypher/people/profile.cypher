// A person's profile: stored facts, live counts, affiliations, topics and co-authors with shared-work counts.
// $id: person id. $minWorks: Cypher integer, shared works that make a close collaborator.
// $coauthorLimit: Cypher integer, most co-authors and most close collaborators listed (coauthorsTotal and
// closeCollaboratorsTotal give the full counts: a person with 1,700 co-authors would otherwise send 270 KB).
// $viewerId: the signed-in user's id or null (whether they follow the person, and their open claim on it).
// Followers are counted from FOLLOWS (user data); the imported `followers` property is the source's figure, not read.
MATCH (p:Person {id: $id})
CALL (p) {
  OPTIONAL MATCH (p)-[:AUTHORED]->(w:Paper)
  RETURN count(w) AS works, min(w.year) AS firstYear, max(w.year) AS lastYear,
         sum(coalesce(w.citationCount, 0)) AS citations
}
CALL (p) {
  OPTIONAL MATCH (p)-[a:AFFILIATED_WITH]->(i:Institution)
  WITH a, i ORDER BY a.works DESC, a.lastYear DESC, i.id
  RETURN collect(i {.id, .name, .country, .ror, works: a.works, lastYear: a.lastYear}) AS affiliations
}
CALL (p) {
  OPTIONAL MATCH (p)-[w:WORKS_ON]->(t:Topic)
  WITH w, t ORDER BY w.works DESC, t.id
  RETURN collect(t {.id, .name, .code, works: w.works}) AS topics
}
CALL (p) {
  OPTIONAL MATCH (p)-[c:COAUTHOR]-(o:Person)
  WITH c, o ORDER BY c.works DESC, c.lastYear DESC, o.name, o.id
  WITH collect(o {.id, .name, sharedWorks: c.works, firstYear: c.firstYear, lastYear: c.lastYear}) AS listed
  WITH listed, [x IN listed WHERE x.sharedWorks >= $minWorks] AS close
  RETURN size(listed) AS coauthorsTotal, listed[..$coauthorLimit] AS coauthors,
         size(close) AS closeCollaboratorsTotal, close[..$coauthorLimit] AS closeCollaborators
}
CALL (p) {
  OPTIONAL MATCH (p)<-[:CLAIMS]-(claim:Claim)
  WHERE claim.status IN ['pending', 'claimed', 'disputed']
  RETURN collect(claim {.status, .level}) AS claims
}
CALL (p) {
  OPTIONAL MATCH (viewer:User {id: $viewerId})
  OPTIONAL MATCH (viewer)-[:MADE]->(mine:Claim)-[:CLAIMS]->(p)
  WHERE mine.status IN ['pending', 'claimed', 'disputed']
  RETURN viewer IS NOT NULL AND EXISTS { (viewer)-[:FOLLOWS]->(p) } AS following,
         head(collect(mine {.id, .status, .level})) AS myClaim
}
RETURN p {.id, .name, .headline, .orcid, .verification} AS person, COUNT { (p)<-[:FOLLOWS]-(:User) } AS followers,
       claims, following, myClaim, works, firstYear, lastYear, citations, affiliations, topics, coauthorsTotal, coauthors, closeCollaboratorsTotal,
       closeCollaborators
