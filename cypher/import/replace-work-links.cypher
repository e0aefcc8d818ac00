// For works already in the graph: deletes the authorships, topic and venue links a re-imported work no longer lists.
// $works: list of {id, authorIds, topicIds, venueId (or null), becomesHyper}; becomesHyper is true when the work had
// at most COAUTHOR_MAX_AUTHORS authors before and has more now.
// Returns the ids of people whose authorship was removed, of topics a work no longer lists, and of the institutions
// on the replaced authorships: their derived edges and counters must be recomputed too, not only those listed now.
// People whose co-author pairs this write changes beyond the pairs among the work's listed authors (those who lost the
// authorship, or every former author when the work becomes hyper-authored) are labelled StaleCoauthors in the same
// transaction, so their full rebuild happens even when the run is killed before it (seed/graph-writer.ts
// updateDerived removes the label).
UNWIND $works AS work
MATCH (paper:Paper {id: work.id})
CALL (paper, work) {
  OPTIONAL MATCH (former:Person)-[old:AUTHORED]->(paper)
  WITH former, old, NOT former.id IN work.authorIds AS gone
  WITH collect(CASE WHEN gone THEN former.id END) AS removedAuthors,
       collect(CASE WHEN gone THEN old END) AS goneAuthorships,
       collect(CASE WHEN gone OR work.becomesHyper THEN former END) AS stale,
       reduce(ids = [], listed IN collect(coalesce(old.institutionIds, [])) | ids + listed) AS formerInstitutions
  FOREACH (old IN goneAuthorships | DELETE old)
  FOREACH (person IN stale | SET person:StaleCoauthors)
  RETURN removedAuthors, formerInstitutions
}
CALL (paper, work) {
  OPTIONAL MATCH (paper)-[old:HAS_TOPIC]->(topic:Topic)
  WHERE NOT topic.id IN work.topicIds
  DELETE old
  RETURN collect(topic.id) AS removedTopics
}
CALL (paper, work) {
  OPTIONAL MATCH (paper)-[old:PUBLISHED_IN]->(venue:Venue)
  WHERE work.venueId IS NULL OR venue.id <> work.venueId
  DELETE old
}
WITH collect(removedAuthors) AS authors, collect(removedTopics) AS topics, collect(formerInstitutions) AS institutions
RETURN reduce(ids = [], listed IN authors | ids + listed) AS removedAuthors,
       reduce(ids = [], listed IN topics | ids + listed) AS removedTopics,
       reduce(ids = [], listed IN institutions | ids + listed) AS formerInstitutions
