// Opens a conversation for a participant: its latest $limit messages, newest last, each marked unread when the
// other person wrote it after the user last read; then records that the user has read up to now.
// $userId: user id (must be in the conversation and not have left). $conversationId. $limit: Cypher integer.
MATCH (user:User {id: $userId})-[me:IN]->(c:Conversation {id: $conversationId})
WHERE me.leftAt IS NULL
WITH user, me, c, me.readSeq AS readBefore
CALL (user, c, readBefore) {
  MATCH (author:User)-[:WROTE]->(m:Message)-[:IN]->(c)
  WITH author, m ORDER BY m.seq DESC LIMIT $limit
  OPTIONAL MATCH (invite:Invite)-[:OPENED]->(c)
  WITH author, m, invite, EXISTS { (author)-[:SENT]->(invite) } AS bySender
  ORDER BY m.seq
  RETURN collect({
    message: m {.id, .body, .createdAt, .seq},
    mine: author = user,
    unread: author <> user AND m.seq > readBefore,
    author: CASE WHEN bySender
      THEN COLLECT { MATCH (invite)-[:FROM]->(p:Person) RETURN p {.id, .name} }[0]
      ELSE COLLECT { MATCH (invite)-[:FOR]->(p:Person) RETURN p {.id, .name} }[0]
    END
  }) AS messages
}
SET me.readSeq = c.messageCount, me.lastReadAt = datetime()
RETURN messages, c.messageCount AS total
