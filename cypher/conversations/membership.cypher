// Whether a conversation exists and the user is in it (and has not left): every conversation route asks first.
// $userId: user id. $conversationId: conversation id.
OPTIONAL MATCH (c:Conversation {id: $conversationId})
OPTIONAL MATCH (:User {id: $userId})-[me:IN]->(c)
RETURN c IS NOT NULL AS exists, me IS NOT NULL AS member, me.leftAt IS NOT NULL AS left
