// The nodes of the paths found (graph/shortest-path, graph/k-shortest-paths), with what the API shows of them.
// $eids: element ids from those statements in the same request.
MATCH (n) WHERE elementId(n) IN $eids
RETURN elementId(n) AS eid,
       n {.id, .name, .title, .year, .worksCount, .citationCount, .peopleCount, .coauthorCount, .firstYear, .lastYear, .code,
          kind: CASE WHEN n:Person THEN 'person' WHEN n:Paper THEN 'paper' WHEN n:Topic THEN 'topic'
                     WHEN n:Institution THEN 'institution' WHEN n:Venue THEN 'venue' END} AS node
