// A user's invites, newest first: received (never the suppressed ones) and sent (suppressed ones look pending).
// $userId: user id. $limit: Cypher integer, most of each list.
MATCH (user:User {id: $userId})
CALL (user) {
  MATCH (user)<-[:TO]-(invite:Invite)<-[:SENT]-(sender:User)
  WHERE NOT invite.suppressed
  WITH invite, sender ORDER BY invite.createdAt DESC, invite.id LIMIT $limit
  RETURN collect({
    invite: invite {.id, .message, .status, .createdAt, .decidedAt},
    from: COLLECT { MATCH (invite)-[:FROM]->(p:Person) RETURN p {.id, .name} }[0],
    to: COLLECT { MATCH (invite)-[:FOR]->(p:Person) RETURN p {.id, .name} }[0],
    conversationId: COLLECT { MATCH (invite)-[:OPENED]->(c:Conversation) RETURN c.id }[0],
    senderBlocked: EXISTS { (user)-[:BLOCKS]->(sender) }
  }) AS received
}
CALL (user) {
  MATCH (user)-[:SENT]->(invite:Invite)
  WITH invite ORDER BY invite.createdAt DESC, invite.id LIMIT $limit
  RETURN collect({
    invite: invite {.id, .message, .status, .createdAt, .decidedAt},
    from: COLLECT { MATCH (invite)-[:FROM]->(p:Person) RETURN p {.id, .name} }[0],
    to: COLLECT { MATCH (invite)-[:FOR]->(p:Person) RETURN p {.id, .name} }[0],
    conversationId: COLLECT { MATCH (invite)-[:OPENED]->(c:Conversation) RETURN c.id }[0],
    senderBlocked: false
  }) AS sent
}
RETURN received, sent,
       COUNT { (user)<-[:TO]-(i:Invite {status: 'pending'}) WHERE NOT i.suppressed } AS pendingReceived
