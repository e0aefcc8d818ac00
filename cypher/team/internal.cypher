// Co-authorships between members. COAUTHOR runs from the smaller to the larger id, so following it outwards from
// each member finds each pair once.
// $ids: person ids of the members.
UNWIND $ids AS id
MATCH (a:Person {id: id})-[r:COAUTHOR]->(b:Person)
WHERE b.id IN $ids
RETURN a.id AS source, b.id AS target, properties(r) AS props
