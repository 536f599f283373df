-- Least-privilege roles for a shared Permoney book on PostgreSQL.
--
-- One role owns the book's tables and runs its migrations (the role that ran
-- `permoney init postgresql://OWNER@HOST/DB`); every person gets a login role of their own
-- that may read and write the book's rows and nothing more: no DROP, ALTER, TRUNCATE or
-- CREATE. Who-did-what and per-person undo tell people apart by these roles.
--
-- Run it as a superuser (or a role with CREATEROLE that owns the database), after the
-- owner's first `permoney init`, and again after adding a person:
--
--   psql "postgresql://ADMIN@HOST/postgres" -v db=household -v owner=book_owner \
--        -v person=alice -f packaging/pg_grants.sql
--
-- `person` is optional; the role must exist (CREATE ROLE alice LOGIN PASSWORD '…', or
-- \password alice in psql so the password never lands in a history file). Each person then
-- stores their password in their OS keyring with `permoney book password URL`.

\set ON_ERROR_STOP on

-- The group every person joins; privileges are granted to it once.
SELECT NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'permoney_people') AS make_group \gset
\if :make_group
CREATE ROLE permoney_people NOLOGIN;
\endif

\connect :"db"

-- Only the book's roles may connect; nobody but the owner creates anything in it.
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"db" TO permoney_people;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO permoney_people;

-- Rows: read, add, change and remove (edits, imports, undo, the workers' claims and the
-- stored balances they write, and the id floors every delete raises so that no id is given
-- twice: INSERT and UPDATE on id_floors). Sequences: next ids, and setval after an undo
-- restores ids.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO permoney_people;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO permoney_people;
-- The schema version is the owner's alone: a person's app reads it, never moves it.
REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM permoney_people;

-- Tables and sequences a later upgrade (run by the owner) adds get the same grants.
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO permoney_people;
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
    GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO permoney_people;

\if :{?person}
GRANT permoney_people TO :"person";
\endif
