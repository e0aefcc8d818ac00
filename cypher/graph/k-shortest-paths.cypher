// The k shortest loopless paths (undirected; lengths may differ) between two nodes over the chosen relationship
// types, asked once the shortest length is known (graph/shortest-path): GQL SHORTEST 10 with the same inlined type
// test, at most $maxLength hops, no node twice (the pattern alone allows a trail through a node twice). SHORTEST
// yields paths shortest first, so LIMIT $k ends it early. 10 is the API's largest k (GQL takes no parameter there).
// $from, $to: element ids; $types: relationship types (allow-listed); $maxLength, $k: Cypher integers.
MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to
MATCH path = SHORTEST 10 ((a) ((x)-[r WHERE type(r) IN $types]-(y))+ (b)
                          WHERE size(r) <= $maxLength AND NOT a IN y
                            AND all(i IN range(1, size(y) - 1) WHERE NOT y[i - 1] IN y[i..]))
WITH path LIMIT $k
RETURN [n IN nodes(path) | elementId(n)] AS nodes,
       [r IN relationships(path) | {type: type(r), source: elementId(startNode(r)), target: elementId(endNode(r)),
                                    props: properties(r)}] AS relationships
