// Rebuilds AFFILIATED_WITH edges from the institutions recorded on each authorship, for the given people: edges whose
// institution is gone are deleted, the others merged, so an edge that did not change is not written again. Each edge
// carries its read rank among the institution's people (toId = institution id, rank = works; docs/DATA-MODEL.md).
// $ids: list of person ids.
UNWIND $ids AS id
MATCH (person:Person {id: id})
CALL (person) {
  OPTIONAL MATCH (person)-[authored:AUTHORED]->(paper:Paper)
  UNWIND coalesce(authored.institutionIds, []) AS institutionId
  MATCH (institution:Institution {id: institutionId})
  WITH institution, count(DISTINCT paper) AS works, max(paper.year) AS lastYear
  RETURN collect({institution: institution, works: works, lastYear: lastYear}) AS current
}
CALL (person, current) {
  OPTIONAL MATCH (person)-[old:AFFILIATED_WITH]->(institution:Institution)
  WHERE NOT institution IN [entry IN current | entry.institution]
  DELETE old
}
CALL (person, current) {
  UNWIND current AS entry
  WITH person, entry, entry.institution AS institution
  MERGE (person)-[edge:AFFILIATED_WITH]->(institution)
  SET edge.works = entry.works, edge.lastYear = entry.lastYear, edge.toId = institution.id, edge.rank = entry.works
}
