// The shortest path (any length, undirected) between two nodes over the chosen relationship types only: GQL
// SHORTEST 1 over a quantified path pattern. The type test is inlined into the search (PROFILE on the demo:
// StatefulShortestPath(Into) with "inlined predicates"), and the search stops at the target or when it runs out of
// graph, so no row means that no path exists. The caller bounds its time with the transaction timeout.
// $from, $to: element ids (graph/resolve-nodes in the same request).
// $types: relationship types, mapped from request kinds through the allow-list in server/graph/relationships.ts.
MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to
MATCH path = SHORTEST 1 (a)-[r WHERE type(r) IN $types]-+(b)
RETURN [n IN nodes(path) | elementId(n)] AS nodes,
       [r IN relationships(path) | {type: type(r), source: elementId(startNode(r)), target: elementId(endNode(r)),
                                    props: properties(r)}] AS relationships
