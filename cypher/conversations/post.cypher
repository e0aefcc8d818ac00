// Adds a message to an open conversation (both participants still in it), numbered after the last one under the
// conversation's lock (the increment reads the count only after locking) so messages keep one order. The author has
// read everything up to their own message. Returns one row when posted, none when the user may not write there.
// $userId: author's user id. $conversationId. $messageId: new id. $body: text.
MATCH (user:User {id: $userId})-[me:IN]->(c:Conversation {id: $conversationId})<-[:OPENED]-(invite:Invite)
WHERE me.leftAt IS NULL
  AND EXISTS { (other:User)-[them:IN]->(c) WHERE other <> user AND them.leftAt IS NULL }
SET c.messageCount = c.messageCount + 1
CREATE (user)-[:WROTE]->(m:Message {id: $messageId, body: $body, createdAt: datetime(), seq: c.messageCount})
CREATE (m)-[:IN]->(c)
SET me.readSeq = c.messageCount, me.lastReadAt = datetime()
RETURN m {.id, .body, .createdAt} AS message,
       CASE WHEN EXISTS { (user)-[:SENT]->(invite) }
         THEN COLLECT { MATCH (invite)-[:FROM]->(p:Person) RETURN p {.id, .name} }[0]
         ELSE COLLECT { MATCH (invite)-[:FOR]->(p:Person) RETURN p {.id, .name} }[0]
       END AS author
