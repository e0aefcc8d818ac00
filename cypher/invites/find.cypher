// One invite as seen by a user about to answer it: who sent and received it, and its state.
// $inviteId: invite id.
MATCH (sender:User)-[:SENT]->(invite:Invite {id: $inviteId})-[:TO]->(recipient:User)
RETURN sender.id AS senderId, recipient.id AS recipientId, invite.status AS status, invite.suppressed AS suppressed
