// Every relationship between two of the given nodes. Expanded only from people and papers: topics and venues are
// hubs (10k+ relationships) and every relationship the API shows has a person or a paper at one end.
// $eids: element ids of the nodes (from graph/resolve-nodes or graph/neighbours in the same request).
MATCH (a) WHERE elementId(a) IN $eids AND (a:Person OR a:Paper)
MATCH (a)-[r:AUTHORED|COAUTHOR|HAS_TOPIC|WORKS_ON|CITES|AFFILIATED_WITH|PUBLISHED_IN]-(b)
WHERE elementId(b) IN $eids
WITH DISTINCT r
RETURN type(r) AS type, elementId(startNode(r)) AS source, elementId(endNode(r)) AS target, properties(r) AS props
