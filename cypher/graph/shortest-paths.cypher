// All shortest paths (at most 6 hops, undirected) between two nodes over the chosen relationship types only. The type
// test is a predicate on every relationship of the path, which shortestPath applies during the search itself.
// $from, $to: element ids (graph/resolve-nodes in the same request).
// $types: relationship types, mapped from request kinds through the allow-list in server/graph/keys.ts.
// $cap: Cypher integer, most paths returned (the server sorts them and keeps k).
MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to
MATCH path = allShortestPaths((a)-[*..6]-(b))
WHERE all(r IN relationships(path) WHERE type(r) IN $types)
WITH path LIMIT $cap
RETURN [n IN nodes(path) | {
          eid: elementId(n),
          node: n {.id, .name, .title, .year, .worksCount, .citationCount, .peopleCount, .coauthorCount, .firstYear, .lastYear, .code,
                   kind: CASE WHEN n:Person THEN 'person' WHEN n:Paper THEN 'paper' WHEN n:Topic THEN 'topic'
                              WHEN n:Institution THEN 'institution' WHEN n:Venue THEN 'venue' END}
       }] AS nodes,
       [r IN relationships(path) | {
          type: type(r), source: elementId(startNode(r)), target: elementId(endNode(r)), props: properties(r)
       }] AS relationships
