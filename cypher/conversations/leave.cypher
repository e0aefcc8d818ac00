// A participant leaves a conversation: it disappears from their list and nobody can write in it any more; the
// other participant keeps reading its history. Returns one row when the user was in it (leaving twice is harmless).
// $userId: user id. $conversationId.
MATCH (:User {id: $userId})-[me:IN]->(c:Conversation {id: $conversationId})
SET me.leftAt = coalesce(me.leftAt, datetime())
RETURN c.id AS id
