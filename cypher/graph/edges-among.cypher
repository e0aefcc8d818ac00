// Every relationship between two of the given nodes. Expanded only from people and papers: topics and venues are
// hubs (10k+ relationships) and every relationship the API shows has a person or a paper at one end. Membership is
// tested against the collected node list (faster here than re-resolving element ids per relationship).
// $eids: element ids of the nodes (from graph/resolve-nodes or graph/neighbours in the same request).
MATCH (x) WHERE elementId(x) IN $eids
WITH collect(x) AS nodes
UNWIND nodes AS a
WITH a, nodes WHERE a:Person OR a:Paper
MATCH (a)-[r:AUTHORED|COAUTHOR|HAS_TOPIC|WORKS_ON|CITES|AFFILIATED_WITH|PUBLISHED_IN]-(b)
WHERE b IN nodes
WITH DISTINCT r
RETURN type(r) AS type, elementId(startNode(r)) AS source, elementId(endNode(r)) AS target, properties(r) AS props
