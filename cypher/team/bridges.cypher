// Bridges: non-members who have written with at least two members, ranked by how many members they connect, then by
// the works they share with them (summed), then by id. Cost: one pass over the members' COAUTHOR edges (the sum of
// their co-author counts), aggregated once.
// $ids: person ids of the members. $limit: Cypher integer, bridges returned with their links (total counts them all).
UNWIND $ids AS id
MATCH (m:Person {id: id})-[r:COAUTHOR]-(c:Person)
WHERE NOT c.id IN $ids
WITH c, count(m) AS connects, sum(r.works) AS sharedWorks,
     collect({member: m.id, works: r.works, firstYear: r.firstYear, lastYear: r.lastYear, topics: r.topics}) AS links
WHERE connects >= 2
WITH c, connects, sharedWorks, links ORDER BY connects DESC, sharedWorks DESC, c.id
WITH collect({person: c {.id, .name, .worksCount, .coauthorCount, .firstYear, .lastYear, kind: 'person'},
              connects: connects, sharedWorks: sharedWorks, links: links}) AS ranked
RETURN size(ranked) AS total, ranked[..$limit] AS bridges
