// A user follows a person (idempotent: following twice keeps the first `since`). `seenAt` starts now, so the Following
// page shows what imports bring from here on. No row when the person (or the user) does not exist.
// $userId: user id; $personId: person id.
MATCH (user:User {id: $userId}), (person:Person {id: $personId})
MERGE (user)-[follow:FOLLOWS]->(person)
ON CREATE SET follow.since = datetime(), follow.seenAt = datetime()
WITH person
RETURN true AS following, COUNT { (person)<-[:FOLLOWS]-(:User) } AS followers
