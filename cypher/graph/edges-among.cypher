// Every relationship between two of the given nodes. Each API-visible relationship starts at a person or a paper
// (docs/DATA-MODEL.md), so it is found once, as an outgoing relationship of its start node: no hub is expanded
// (topics, venues, institutions have only incoming ones), and neither are a paper's citers (14k for the most cited
// paper at 1M works) nor its authors — the other end, if shown, finds them. Membership is tested against the
// collected node list (faster here than re-resolving element ids per relationship).
// $eids: element ids of the nodes (from graph/resolve-nodes or graph/neighbours in the same request).
MATCH (x) WHERE elementId(x) IN $eids
WITH collect(x) AS nodes
UNWIND nodes AS a
WITH a, nodes WHERE a:Person OR a:Paper
MATCH (a)-[r:AUTHORED|COAUTHOR|HAS_TOPIC|WORKS_ON|CITES|AFFILIATED_WITH|PUBLISHED_IN]->(b)
WHERE b IN nodes
RETURN type(r) AS type, elementId(a) AS source, elementId(b) AS target, properties(r) AS props
