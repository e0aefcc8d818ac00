// Accepts a pending invite: opens a conversation between sender and recipient whose first message is the invite's.
// Returns one row when accepted, none when the invite is not the user's or no longer pending.
// $userId: the recipient's user id. $inviteId: invite id. $conversationId, $messageId: new ids.
MATCH (sender:User)-[:SENT]->(invite:Invite {id: $inviteId})-[:TO]->(recipient:User {id: $userId})
// Take the invite's lock before reading its status: two answers at once are decided one after the other.
SET invite._lock = true
REMOVE invite._lock
WITH sender, recipient, invite
WHERE invite.status = 'pending' AND NOT invite.suppressed
SET invite.status = 'accepted', invite.decidedAt = datetime()
REMOVE invite.pendingPair
CREATE (invite)-[:OPENED]->(c:Conversation {id: $conversationId, createdAt: datetime(), messageCount: 1})
CREATE (sender)-[:IN {lastReadAt: datetime(), readSeq: 1}]->(c)
CREATE (recipient)-[:IN {lastReadAt: datetime(), readSeq: 1}]->(c)
CREATE (sender)-[:WROTE]->(first:Message {id: $messageId, body: invite.message, createdAt: invite.createdAt, seq: 1})
CREATE (first)-[:IN]->(c)
RETURN c.id AS conversationId
