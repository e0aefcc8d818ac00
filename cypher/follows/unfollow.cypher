// A user stops following a person (idempotent: unfollowing someone not followed is no error). No row when the person
// does not exist. $userId: user id; $personId: person id.
MATCH (person:Person {id: $personId})
CALL (person) {
  OPTIONAL MATCH (:User {id: $userId})-[follow:FOLLOWS]->(person)
  DELETE follow
}
WITH person
RETURN false AS following, COUNT { (person)<-[:FOLLOWS]-(:User) } AS followers
