// Links each work to the works it cites that exist in the graph; references to absent works stay unlinked (dangling).
// $works: list of {id, references: [paper id]}.
// Returns linked (references that found their target) and unlinked (ids of works no longer cited: recount them).
UNWIND $works AS work
MATCH (citing:Paper {id: work.id})
CALL (citing, work) {
  OPTIONAL MATCH (citing)-[old:CITES]->(target:Paper)
  WHERE NOT target.id IN work.references
  DELETE old
  RETURN collect(target.id) AS unlinked
}
CALL (citing, work) {
  UNWIND work.references AS ref
  MATCH (cited:Paper {id: ref})
  WHERE cited <> citing
  MERGE (citing)-[:CITES]->(cited)
  RETURN count(cited) AS linked
}
RETURN sum(linked) AS linked, reduce(all = [], ids IN collect(unlinked) | all + ids) AS unlinked
