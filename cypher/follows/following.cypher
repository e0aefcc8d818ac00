// The people a user follows (most recently followed first) with what imports brought since the user last looked:
// new works are authorships stamped `addedAt` after the follow's `seenAt`; a new co-author is someone whose first
// shared work with the followed person came after it (a pair is first seen when the later of its two authorships
// was added; authorships without a stamp predate stamping and count as old). Candidates are only people reached
// through a recent authorship, so the check stays local to what changed.
// $userId: user id; $follows: Cypher integer, most follows listed; $items: Cypher integer, new works / co-authors
// listed per person (the totals count all).
MATCH (:User {id: $userId})-[follow:FOLLOWS]->(person:Person)
WITH person, follow
ORDER BY follow.since DESC, person.id
LIMIT $follows
CALL (person, follow) {
  OPTIONAL MATCH (person)-[authored:AUTHORED]->(work:Paper)
  WHERE authored.addedAt > follow.seenAt
  WITH authored, work
  ORDER BY authored.addedAt DESC, work.year DESC, work.id
  RETURN count(work) AS newWorksTotal,
         collect(work {.id, .title, .year, addedAt: toString(authored.addedAt)})[..$items] AS newWorks
}
CALL (person, follow) {
  OPTIONAL MATCH (person)-[mine:AUTHORED]->(:Paper)<-[theirs:AUTHORED]-(other:Person)
  WHERE other <> person AND (mine.addedAt > follow.seenAt OR theirs.addedAt > follow.seenAt)
  WITH DISTINCT other
  WHERE other IS NOT NULL AND NOT EXISTS {
    MATCH (person)-[earlier:AUTHORED]->(:Paper)<-[alsoEarlier:AUTHORED]-(other)
    WHERE coalesce(earlier.addedAt <= follow.seenAt, true) AND coalesce(alsoEarlier.addedAt <= follow.seenAt, true)
  }
  WITH other
  ORDER BY other.name, other.id
  RETURN count(other) AS newCoauthorsTotal, collect(other {.id, .name})[..$items] AS newCoauthors
}
RETURN person {.id, .name} AS person, toString(follow.since) AS since, toString(follow.seenAt) AS seenAt,
       newWorks, newWorksTotal, newCoauthors, newCoauthorsTotal
