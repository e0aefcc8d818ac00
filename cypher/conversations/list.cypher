// The conversations a user is in and has not left, latest activity first, with the other participant's profile
// (the invite's FROM or FOR person) and the messages the user has not read. A conversation is open while both
// participants are in it: one who left, or whose account was deleted, closes it.
// $userId: user id. $conversationId: one conversation's id, or null for all.
MATCH (user:User {id: $userId})-[me:IN]->(c:Conversation)
WHERE me.leftAt IS NULL AND ($conversationId IS NULL OR c.id = $conversationId)
OPTIONAL MATCH (invite:Invite)-[:OPENED]->(c)
WITH user, me, c, invite, EXISTS { (user)-[:SENT]->(invite) } AS iSent
RETURN c {.id, .createdAt, .messageCount} AS conversation,
       CASE WHEN iSent
         THEN COLLECT { MATCH (invite)-[:FOR]->(p:Person) RETURN p {.id, .name} }[0]
         ELSE COLLECT { MATCH (invite)-[:FROM]->(p:Person) RETURN p {.id, .name} }[0]
       END AS with,
       COUNT { (m:Message)-[:IN]->(c) WHERE m.seq > me.readSeq AND NOT EXISTS { (user)-[:WROTE]->(m) } } AS unread,
       COLLECT { MATCH (m:Message)-[:IN]->(c) RETURN m.createdAt AS at ORDER BY m.seq DESC LIMIT 1 }[0] AS lastMessageAt,
       NOT EXISTS { (other:User)-[them:IN]->(c) WHERE other <> user AND them.leftAt IS NULL } AS otherLeft
ORDER BY coalesce(lastMessageAt, c.createdAt) DESC, c.id
