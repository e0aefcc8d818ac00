// Upserts works with their authorships, topics and venue, replacing what a re-imported work no longer lists.
// $works: list of WorkRecord maps (seed/work-record.ts), authors carrying institutionIds; $maxAuthors: integer.
// Returns the ids of people whose authorship was removed, of topics a work no longer lists, and of the institutions
// on the replaced authorships: their derived edges and counters must be recomputed too, not only those listed now.
// People whose co-author pairs this write changes beyond the pairs among the work's listed authors (those who lost the
// authorship, or every former author when the work becomes hyper-authored: more than $maxAuthors authors) are labelled
// StaleCoauthors in the same transaction, so their full rebuild happens even when the run is killed before it
// (seed/graph-writer.ts updateDerived removes the label).
// Empty lists are not stored (absent means empty): Neo4j's bulk importer cannot write an empty array, and both import
// paths must end in the same graph.
// A new authorship is stamped `addedAt` (what an import brought: the Following page's new works and co-authors); a
// re-imported one keeps its stamp, so importing the same file again adds nothing new.
UNWIND $works AS work
MERGE (paper:Paper {id: work.id})
WITH paper, work, coalesce(paper.authorCount, 0) <= $maxAuthors AND size(work.authors) > $maxAuthors AS becomesHyper
SET paper.title = work.title,
    paper.year = work.year,
    paper.type = work.type,
    paper.abstract = work.abstract,
    paper.doi = work.doi,
    paper.url = work.url,
    paper.references = CASE WHEN size(work.references) = 0 THEN null ELSE work.references END,
    paper.referencesTotal = work.referencesTotal,
    paper.sourceCitedBy = work.sourceCitedBy,
    paper.sourceCitationYears = work.sourceCitationYears,
    paper.sourceCitationCounts = work.sourceCitationCounts,
    paper.source = work.source,
    paper.authorCount = size(work.authors)
WITH paper, work, becomesHyper
CALL (paper, work, becomesHyper) {
  OPTIONAL MATCH (former:Person)-[old:AUTHORED]->(paper)
  WITH former, old, NOT former.id IN [author IN work.authors | author.id] AS gone
  WITH collect(CASE WHEN gone THEN former.id END) AS removedAuthors,
       collect(CASE WHEN gone THEN old END) AS goneAuthorships,
       collect(CASE WHEN gone OR becomesHyper THEN former END) AS stale,
       reduce(ids = [], listed IN collect(coalesce(old.institutionIds, [])) | ids + listed) AS formerInstitutions
  FOREACH (old IN goneAuthorships | DELETE old)
  FOREACH (person IN stale | SET person:StaleCoauthors)
  RETURN removedAuthors, formerInstitutions
}
CALL (paper, work) {
  UNWIND work.authors AS author
  MERGE (person:Person {id: author.id})
  SET person.name = author.name, person.orcid = coalesce(author.orcid, person.orcid)
  MERGE (person)-[authored:AUTHORED]->(paper)
  ON CREATE SET authored.addedAt = datetime()
  SET authored.position = author.position,
      authored.institutionIds = CASE WHEN size(author.institutions) = 0 THEN null
                                ELSE [inst IN author.institutions | inst.id] END
  WITH author
  UNWIND author.institutions AS inst
  MERGE (institution:Institution {id: inst.id})
  SET institution.name = inst.name, institution.ror = inst.ror, institution.country = inst.country,
      institution.type = inst.type
}
CALL (paper, work) {
  OPTIONAL MATCH (paper)-[old:HAS_TOPIC]->(topic:Topic)
  WHERE NOT topic.id IN [t IN work.topics | t.id]
  DELETE old
  RETURN collect(topic.id) AS removedTopics
}
CALL (paper, work) {
  UNWIND work.topics AS t
  MERGE (topic:Topic {id: t.id})
  SET topic.name = t.name, topic.code = t.code, topic.field = t.field, topic.domain = t.domain
  MERGE (paper)-[has:HAS_TOPIC]->(topic)
  SET has.primary = t.primary, has.score = t.score
}
CALL (paper, work) {
  OPTIONAL MATCH (paper)-[old:PUBLISHED_IN]->(venue:Venue)
  WHERE work.venue IS NULL OR venue.id <> work.venue.id
  DELETE old
}
CALL (paper, work) {
  UNWIND CASE WHEN work.venue IS NULL THEN [] ELSE [work.venue] END AS v
  MERGE (venue:Venue {id: v.id})
  SET venue.name = v.name, venue.type = v.type
  MERGE (paper)-[:PUBLISHED_IN]->(venue)
}
WITH collect(removedAuthors) AS authors, collect(removedTopics) AS topics, collect(formerInstitutions) AS institutions
RETURN reduce(ids = [], listed IN authors | ids + listed) AS removedAuthors,
       reduce(ids = [], listed IN topics | ids + listed) AS removedTopics,
       reduce(ids = [], listed IN institutions | ids + listed) AS formerInstitutions
