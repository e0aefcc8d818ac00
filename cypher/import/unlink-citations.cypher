// For works already in the graph before this run: deletes the CITES relationships to works they no longer cite.
// $works: list of {id, references: [paper id]}.
// Returns unlinked: ids of works no longer cited by them (recount them).
UNWIND $works AS work
MATCH (citing:Paper {id: work.id})-[old:CITES]->(target:Paper)
WHERE NOT target.id IN work.references
DELETE old
RETURN collect(target.id) AS unlinked
