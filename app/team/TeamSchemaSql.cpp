// The team store's migrations, as PostgreSQL statements (one string each: QPSQL runs one
// statement per call). Append a migration; never edit one that has shipped.
#include "TeamSchema.h"

namespace textdesk::team::TeamSchema {

namespace {

// Every shared row carries `version` (one sequence for all tables: the order of changes) and
// `changed_xid`, the transaction that wrote it. The change feed (TeamFeed) reads by transaction,
// not by version alone: a version is handed out when a row is written, so a slow transaction can
// commit version 10 after a quick one committed 11, and a reader that had moved past 11 would
// never see 10. A reader takes only transactions older than every one still running
// (pg_snapshot_xmin), which are all finished. Deletions leave a row in `deleted_rows`. Each
// row written wakes the listeners (NOTIFY textdesk_changes, one per transaction: PostgreSQL folds
// equal notifications), at commit; a statement that changed nothing wakes nobody.
const char *const kMigration1[] = {
    R"(DO $$ BEGIN
         IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'textdesk_agent') THEN
           CREATE ROLE textdesk_agent NOLOGIN; END IF;
         IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'textdesk_lead') THEN
           CREATE ROLE textdesk_lead NOLOGIN IN ROLE textdesk_agent; END IF;
         IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'textdesk_admin') THEN
           CREATE ROLE textdesk_admin NOLOGIN IN ROLE textdesk_lead; END IF;
       END $$)",
    R"(CREATE TABLE textdesk_schema (
         version integer NOT NULL PRIMARY KEY,
         applied_at timestamptz NOT NULL DEFAULT now(),
         applied_by name NOT NULL DEFAULT session_user))",
    R"(CREATE SEQUENCE textdesk_change)",
    R"(CREATE FUNCTION textdesk_stamp() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
       SET search_path = public, pg_temp AS $$
       BEGIN
         NEW.version := nextval('textdesk_change');
         NEW.changed_xid := pg_current_xact_id();
         RETURN NEW;
       END $$)",
    R"(CREATE TABLE agents (
         id bigserial PRIMARY KEY,
         name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
         login name NOT NULL UNIQUE,
         role text NOT NULL CHECK (role IN ('agent', 'lead', 'admin')),
         active boolean NOT NULL DEFAULT true,
         created_at timestamptz NOT NULL DEFAULT now(),
         version bigint NOT NULL DEFAULT 0, changed_xid xid8))",
    // The signed-in agent, by their database login (session_user: inside a SECURITY DEFINER
    // function current_user is the function's owner).
    R"(CREATE FUNCTION textdesk_agent_id() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
       SET search_path = public, pg_temp AS $$
         SELECT id FROM agents WHERE login = session_user AND active $$)",
    R"(CREATE FUNCTION textdesk_is_lead() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
       SET search_path = public, pg_temp AS $$
         SELECT EXISTS (SELECT 1 FROM agents
                        WHERE login = session_user AND active AND role IN ('lead', 'admin')) $$)",
    R"(CREATE TABLE contacts (
         id bigserial PRIMARY KEY,
         phone text NOT NULL UNIQUE,
         name text NOT NULL DEFAULT '',
         email text NOT NULL DEFAULT '',
         company text NOT NULL DEFAULT '',
         notes text NOT NULL DEFAULT '',
         version bigint NOT NULL DEFAULT 0, changed_xid xid8))",
    R"(CREATE TABLE conversations (
         id bigserial PRIMARY KEY,
         customer text NOT NULL,
         our_number text NOT NULL,
         status text NOT NULL DEFAULT 'waiting'
           CHECK (status IN ('waiting', 'open', 'snoozed', 'closed')),
         assignee_id bigint REFERENCES agents (id),
         snoozed_until timestamptz,
         waiting_since timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now(),
         version bigint NOT NULL DEFAULT 0, changed_xid xid8,
         UNIQUE (customer, our_number)))",
    // The queue "take the next waiting conversation" reads, oldest first.
    R"(CREATE INDEX conversations_queue ON conversations (waiting_since, id)
       WHERE assignee_id IS NULL AND status = 'waiting')",
    R"(CREATE INDEX conversations_assignee ON conversations (assignee_id) WHERE status <> 'closed')",
    R"(CREATE TABLE messages (
         id bigserial PRIMARY KEY,
         conversation_id bigint NOT NULL REFERENCES conversations (id),
         sid text UNIQUE,
         client_id text UNIQUE,
         direction text NOT NULL CHECK (direction IN ('inbound', 'outbound')),
         body text NOT NULL DEFAULT '',
         status text NOT NULL, -- the provider's word: queued, sent, delivered, received, …
         error_code integer,
         error_message text,
         num_segments integer NOT NULL DEFAULT 1,
         num_media integer NOT NULL DEFAULT 0,
         agent_id bigint REFERENCES agents (id),
         created_at timestamptz NOT NULL DEFAULT now(),
         sent_at timestamptz,
         updated_at timestamptz NOT NULL DEFAULT now(),
         version bigint NOT NULL DEFAULT 0, changed_xid xid8))",
    R"(CREATE INDEX messages_conversation ON messages (conversation_id, created_at))",
    // Notes are append-only: agents may add, nobody may edit or delete (no grant for it).
    R"(CREATE TABLE notes (
         id bigserial PRIMARY KEY,
         conversation_id bigint NOT NULL REFERENCES conversations (id),
         agent_id bigint NOT NULL REFERENCES agents (id) DEFAULT textdesk_agent_id(),
         client_id text NOT NULL UNIQUE,
         body text NOT NULL CHECK (length(body) > 0),
         created_at timestamptz NOT NULL DEFAULT now(),
         version bigint NOT NULL DEFAULT 0, changed_xid xid8))",
    // Replies written on desktops, waiting for the gateway to send them (exactly once: the
    // client id is the desktop's outbox id, unique here; the gateway's own outbox sends it).
    R"(CREATE TABLE team_outbox (
         id bigserial PRIMARY KEY,
         client_id text NOT NULL UNIQUE,
         conversation_id bigint NOT NULL REFERENCES conversations (id),
         agent_id bigint NOT NULL REFERENCES agents (id) DEFAULT textdesk_agent_id(),
         body text NOT NULL,
         state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'taken', 'sent', 'failed')),
         failure text,
         message_sid text,
         created_at timestamptz NOT NULL DEFAULT now(),
         version bigint NOT NULL DEFAULT 0, changed_xid xid8))",
    R"(CREATE INDEX team_outbox_queued ON team_outbox (id) WHERE state = 'queued')",
    R"(CREATE TABLE templates (
         id bigserial PRIMARY KEY,
         name text NOT NULL UNIQUE,
         body text NOT NULL,
         version bigint NOT NULL DEFAULT 0, changed_xid xid8))",
    R"(CREATE TABLE survey_responses (
         id bigserial PRIMARY KEY,
         conversation_id bigint REFERENCES conversations (id),
         agent_id bigint REFERENCES agents (id),
         kind text NOT NULL CHECK (kind IN ('csat', 'nps', 'ces')),
         score integer NOT NULL,
         comment text NOT NULL DEFAULT '',
         answered_at timestamptz NOT NULL DEFAULT now(),
         version bigint NOT NULL DEFAULT 0, changed_xid xid8))",
    R"(CREATE TABLE audit_log (
         id bigserial PRIMARY KEY,
         at timestamptz NOT NULL DEFAULT now(),
         login name NOT NULL DEFAULT session_user,
         action text NOT NULL,
         subject text NOT NULL,
         detail jsonb NOT NULL DEFAULT '{}'))",
    R"(CREATE TABLE deleted_rows (
         id bigserial PRIMARY KEY,
         table_name text NOT NULL,
         row_id bigint NOT NULL,
         version bigint NOT NULL DEFAULT 0, changed_xid xid8))",
    R"(CREATE FUNCTION textdesk_deleted() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
       SET search_path = public, pg_temp AS $$
       BEGIN
         INSERT INTO deleted_rows (table_name, row_id) VALUES (TG_TABLE_NAME, OLD.id);
         RETURN OLD;
       END $$)",
    R"(CREATE FUNCTION textdesk_notify() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
       SET search_path = public, pg_temp AS $$
       BEGIN
         PERFORM pg_notify('textdesk_changes', '');
         RETURN NULL;
       END $$)",
    R"(DO $$ DECLARE t text; BEGIN
         FOREACH t IN ARRAY ARRAY['agents', 'contacts', 'conversations', 'messages', 'notes',
                                  'team_outbox', 'templates', 'survey_responses',
                                  'deleted_rows'] LOOP
           EXECUTE format('CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON %I '
                          'FOR EACH ROW EXECUTE FUNCTION textdesk_stamp()', t);
           EXECUTE format('CREATE TRIGGER wake AFTER INSERT OR UPDATE OR DELETE ON %I '
                          'FOR EACH ROW EXECUTE FUNCTION textdesk_notify()', t);
           EXECUTE format('CREATE INDEX %I ON %I (version)', t || '_version', t);
           EXECUTE format('CREATE INDEX %I ON %I (changed_xid, version)', t || '_changed', t);
           IF t <> 'deleted_rows' THEN
             EXECUTE format('CREATE TRIGGER tombstone AFTER DELETE ON %I '
                            'FOR EACH ROW EXECUTE FUNCTION textdesk_deleted()', t);
           END IF;
         END LOOP;
       END $$)",
    // What each role may do. PostgreSQL enforces it, whatever client connects.
    R"(GRANT SELECT ON textdesk_schema TO textdesk_agent)", // every client checks the version
    R"(GRANT SELECT ON agents, contacts, conversations, messages, notes, templates,
         survey_responses, team_outbox, deleted_rows TO textdesk_agent)",
    R"(GRANT INSERT, UPDATE (name, email, company, notes) ON contacts TO textdesk_agent)",
    R"(GRANT UPDATE (status, assignee_id, snoozed_until, updated_at) ON conversations
       TO textdesk_agent)",
    R"(GRANT INSERT ON notes TO textdesk_agent)",
    R"(GRANT INSERT (client_id, conversation_id, body) ON team_outbox TO textdesk_agent)",
    R"(GRANT INSERT (action, subject, detail) ON audit_log TO textdesk_agent)",
    R"(GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO textdesk_agent)",
    R"(GRANT INSERT, UPDATE, DELETE ON templates TO textdesk_lead)",
    R"(GRANT SELECT ON audit_log TO textdesk_lead)",
    R"(GRANT INSERT, UPDATE (name, role, active) ON agents TO textdesk_admin)",
    // An agent sees their own survey answers; a lead everyone's. The gateway writes them.
    R"(ALTER TABLE survey_responses ENABLE ROW LEVEL SECURITY)",
    R"(CREATE POLICY own_or_lead ON survey_responses FOR SELECT
       USING (agent_id = textdesk_agent_id() OR textdesk_is_lead()))",
};

// Migration 2: the same contract (every row's `version` from the one sequence at write time,
// `changed_xid` the writing transaction, one wake-up per transaction that changed something),
// cheaper per row. Measured on the gateway's first sync (docs/team.md, "Figures").
//  - An INSERT takes both from column DEFAULTs: no trigger call per row inserted. A DEFAULT can
//    be overridden by whoever may insert into that column, so no role may insert into `version`
//    or `changed_xid` any more: the table-wide INSERT grants of migration 1 become grants of the
//    other columns (a column added later needs its own grant). Only the owner (the gateway, `team
//    init`) writes them directly, and it never does.
//  - An UPDATE is still stamped by the BEFORE trigger (an UPDATE keeps the old values otherwise).
//  - The wake-up runs once per statement instead of once per row, and only when the statement
//    changed a row (its transition table is not empty): one trigger per event, as PostgreSQL
//    allows transition tables only on single-event triggers.
const char *const kMigration2[] = {
    R"(CREATE FUNCTION textdesk_notify_changed() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF EXISTS (SELECT FROM changed) THEN
           PERFORM pg_catalog.pg_notify('textdesk_changes', '');
         END IF;
         RETURN NULL;
       END $$)",
    R"(DO $$ DECLARE t text; BEGIN
         FOREACH t IN ARRAY ARRAY['agents', 'contacts', 'conversations', 'messages', 'notes',
                                  'team_outbox', 'templates', 'survey_responses',
                                  'deleted_rows'] LOOP
           EXECUTE format('ALTER TABLE %I ALTER COLUMN version SET DEFAULT '
                          'nextval(''public.textdesk_change''::regclass), '
                          'ALTER COLUMN changed_xid SET DEFAULT pg_catalog.pg_current_xact_id()',
                          t);
           EXECUTE format('DROP TRIGGER stamp ON %I', t);
           EXECUTE format('CREATE TRIGGER stamp BEFORE UPDATE ON %I '
                          'FOR EACH ROW EXECUTE FUNCTION textdesk_stamp()', t);
           EXECUTE format('DROP TRIGGER wake ON %I', t);
           EXECUTE format('CREATE TRIGGER wake_insert AFTER INSERT ON %I '
                          'REFERENCING NEW TABLE AS changed '
                          'FOR EACH STATEMENT EXECUTE FUNCTION textdesk_notify_changed()', t);
           EXECUTE format('CREATE TRIGGER wake_update AFTER UPDATE ON %I '
                          'REFERENCING NEW TABLE AS changed '
                          'FOR EACH STATEMENT EXECUTE FUNCTION textdesk_notify_changed()', t);
           EXECUTE format('CREATE TRIGGER wake_delete AFTER DELETE ON %I '
                          'REFERENCING OLD TABLE AS changed '
                          'FOR EACH STATEMENT EXECUTE FUNCTION textdesk_notify_changed()', t);
         END LOOP;
       END $$)",
    R"(DROP FUNCTION textdesk_notify())",
    // The table-wide INSERT grants, now every column but the two stamped ones.
    R"(REVOKE INSERT ON contacts, notes FROM textdesk_agent)",
    R"(GRANT INSERT (id, phone, name, email, company, notes) ON contacts TO textdesk_agent)",
    R"(GRANT INSERT (id, conversation_id, agent_id, client_id, body, created_at) ON notes
       TO textdesk_agent)",
    R"(REVOKE INSERT ON templates FROM textdesk_lead)",
    R"(GRANT INSERT (id, name, body) ON templates TO textdesk_lead)",
    R"(REVOKE INSERT ON agents FROM textdesk_admin)",
    R"(GRANT INSERT (id, name, login, role, active, created_at) ON agents TO textdesk_admin)",
    // A desktop may start a conversation (a new one, or a reply to a number the store has not
    // met): the two numbers only; the gateway sends what is queued for it.
    R"(GRANT INSERT (customer, our_number) ON conversations TO textdesk_agent)",
};

} // namespace

QStringList migrationStatements(int version)
{
    QStringList statements;
    if (version == 1) {
        for (const char *statement : kMigration1)
            statements << QString::fromUtf8(statement);
    } else if (version == 2) {
        for (const char *statement : kMigration2)
            statements << QString::fromUtf8(statement);
    }
    return statements;
}

int supportedVersion()
{
    return 2;
}

} // namespace textdesk::team::TeamSchema
