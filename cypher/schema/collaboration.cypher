// Invites, conversations and messages (docs/DATA-MODEL.md "User data"). No parameters.
// `pendingPair` is set only while an invite waits for an answer ("<user id>|<user id>", smaller first): the
// constraint makes "one pending invite per pair" hold even for two sends at the same instant, in either direction.
CREATE CONSTRAINT invite_id IF NOT EXISTS FOR (n:Invite) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT invite_pending_pair IF NOT EXISTS FOR (n:Invite) REQUIRE n.pendingPair IS UNIQUE;
CREATE CONSTRAINT conversation_id IF NOT EXISTS FOR (n:Conversation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT message_id IF NOT EXISTS FOR (n:Message) REQUIRE n.id IS UNIQUE;
