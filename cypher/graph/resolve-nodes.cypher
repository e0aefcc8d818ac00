// Finds nodes by kind and id; returns each with its element id, which joins the follow-up queries of one request.
// $refs: list of {kind, id}, kind one of person, paper, topic, institution, venue (mapped by the repository, never raw).
UNWIND $refs AS ref
CALL (ref) {
  MATCH (n:Person {id: ref.id}) WHERE ref.kind = 'person' RETURN n
  UNION
  MATCH (n:Paper {id: ref.id}) WHERE ref.kind = 'paper' RETURN n
  UNION
  MATCH (n:Topic {id: ref.id}) WHERE ref.kind = 'topic' RETURN n
  UNION
  MATCH (n:Institution {id: ref.id}) WHERE ref.kind = 'institution' RETURN n
  UNION
  MATCH (n:Venue {id: ref.id}) WHERE ref.kind = 'venue' RETURN n
}
RETURN elementId(n) AS eid,
       n {.id, .name, .title, .year, .worksCount, .citationCount, .peopleCount, .coauthorCount, .firstYear, .lastYear, .code,
          kind: ref.kind, papersCount: CASE WHEN n:Venue THEN COUNT { (n)<-[:PUBLISHED_IN]-() } END} AS node
