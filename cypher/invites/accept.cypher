// Accepts a pending invite: opens a conversation between sender and recipient whose first message is the invite's.
// Returns one row when accepted, none when the invite is not the user's or no longer pending.
// $userId: the recipient's user id. $inviteId: invite id. $conversationId, $messageId: new ids. $now: epoch ms.
MATCH (sender:User)-[:SENT]->(invite:Invite {id: $inviteId})-[:TO]->(recipient:User {id: $userId})
// Take the invite's lock before reading its status: two answers at once are decided one after the other.
SET invite._lock = true
REMOVE invite._lock
WITH sender, recipient, invite
WHERE invite.status = 'pending' AND NOT invite.suppressed
SET invite.status = 'accepted', invite.decidedAt = $now
REMOVE invite.pendingPair
CREATE (invite)-[:OPENED]->(c:Conversation {id: $conversationId, createdAt: $now, messageCount: 1})
CREATE (sender)-[:IN {lastReadAt: $now, readSeq: 1}]->(c), (recipient)-[:IN {lastReadAt: $now, readSeq: 1}]->(c)
CREATE (sender)-[:WROTE]->(:Message {id: $messageId, body: invite.message, createdAt: invite.createdAt, seq: 1})-[:IN]->(c)
RETURN c.id AS conversationId
