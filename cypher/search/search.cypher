// Full-text search across kinds; each kind's Lucene query is built and escaped by server/graph/search-query.ts.
// $people, $papers, $topics, $institutions, $venues: Lucene query strings, or null to skip that kind.
// $perKind: Cypher integer, hits fetched per kind (ranked again on the server).
CALL () {
  CALL db.index.fulltext.queryNodes('person_search', coalesce($people, 'x'), {limit: $perKind}) YIELD node, score
  WITH node, score WHERE $people IS NOT NULL
  RETURN 'person' AS kind, node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('paper_title', coalesce($papers, 'x'), {limit: $perKind}) YIELD node, score
  WITH node, score WHERE $papers IS NOT NULL
  RETURN 'paper' AS kind, node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('topic_name', coalesce($topics, 'x'), {limit: $perKind}) YIELD node, score
  WITH node, score WHERE $topics IS NOT NULL
  RETURN 'topic' AS kind, node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('institution_name', coalesce($institutions, 'x'), {limit: $perKind})
  YIELD node, score
  WITH node, score WHERE $institutions IS NOT NULL
  RETURN 'institution' AS kind, node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('venue_name', coalesce($venues, 'x'), {limit: $perKind}) YIELD node, score
  WITH node, score WHERE $venues IS NOT NULL
  RETURN 'venue' AS kind, node, score
}
RETURN kind, score,
       node {.id, .name, .title, .year, .worksCount, .citationCount, .peopleCount, .firstYear, .lastYear, .code,
             .country, .type, .field} AS node
