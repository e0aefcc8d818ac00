// Records that the user looked at what is new up to $asOf (the time the Following page was read; never later than
// now, never earlier than what was already seen). $userId: user id; $asOf: ISO 8601 date-time string;
// $personId: one followed person's id, or null for all.
WITH CASE WHEN datetime($asOf) > datetime() THEN datetime() ELSE datetime($asOf) END AS asOf
MATCH (:User {id: $userId})-[follow:FOLLOWS]->(person:Person)
WHERE ($personId IS NULL OR person.id = $personId) AND follow.seenAt < asOf
SET follow.seenAt = asOf
RETURN count(follow) AS updated
