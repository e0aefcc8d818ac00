// Rebuilds AFFILIATED_WITH edges from the institutions recorded on each authorship, for the given people.
// $ids: list of person ids.
UNWIND $ids AS id
MATCH (person:Person {id: id})-[authored:AUTHORED]->(paper:Paper)
UNWIND coalesce(authored.institutionIds, []) AS institutionId
MATCH (institution:Institution {id: institutionId})
WITH person, institution, count(DISTINCT paper) AS works, max(paper.year) AS lastYear
MERGE (person)-[edge:AFFILIATED_WITH]->(institution)
SET edge.works = works, edge.lastYear = lastYear
