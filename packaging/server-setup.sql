-- The ward server for ivigmon: its database, the owner of its schema, and the three group
-- roles. Run by packaging/server-setup, with psql, as the server's administrator (a superuser,
-- or a role with CREATEDB and CREATEROLE that may change the owner of the public schema).
-- Running it again changes nothing that is already right.
--
-- psql variables: db (the database, default ivigmon), owner (the role that owns the schema,
-- its tables and the audit functions, and applies upgrades; default ivigmon_owner).
--
-- The privileges on the tables are granted by the function ivigmon_grant_access(), which
-- every migration run ends with (storage/pg/access.py lists them); this script calls it too,
-- for a database migrated before the roles existed.
\set ON_ERROR_STOP on
\if :{?db}
\else
  \set db ivigmon
\endif
\if :{?owner}
\else
  \set owner ivigmon_owner
\endif

-- The owner signs in to migrate and upgrade; the workstations never use it.
SELECT format('CREATE ROLE %I LOGIN', :'owner')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'owner')
\gexec

-- One group per ivigmon role. Nobody signs in as a group: each person has a login role of
-- their own, named as their ivigmon account and a member of one group (server-setup --login).
SELECT format('CREATE ROLE %I NOLOGIN', name)
FROM unnest(ARRAY['ivigmon_nurse', 'ivigmon_ward_staff', 'ivigmon_admin']) AS name
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = name)
\gexec

SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8'' TEMPLATE template0',
              :'db', :'owner')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db')
\gexec

-- Only ivigmon's groups connect, and none makes temporary tables or functions (the program
-- needs none; a temporary table can stand in for a real one).
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"db" TO ivigmon_nurse, ivigmon_ward_staff, ivigmon_admin;

\connect :"db"
\set ON_ERROR_STOP on

-- The schema is the owner's: nobody else creates, drops or replaces anything in it.
ALTER SCHEMA public OWNER TO :"owner";
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO ivigmon_nurse, ivigmon_ward_staff, ivigmon_admin;

-- A database migrated before this setup (by the administrator, or moved from a file) passes
-- to the owner: its tables (with their sequences) and its functions.
SELECT format('ALTER TABLE %I OWNER TO %I', c.relname, :'owner')
FROM pg_class AS c
WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
  AND pg_get_userbyid(c.relowner) <> :'owner'
\gexec
SELECT format('ALTER FUNCTION %s OWNER TO %I', p.oid::regprocedure, :'owner')
FROM pg_proc AS p
WHERE p.pronamespace = 'public'::regnamespace AND pg_get_userbyid(p.proowner) <> :'owner'
\gexec

-- The groups' privileges on a database that is already migrated; on a new one the first
-- migration (`ivigmon --db postgresql://OWNER@HOST/DB init`) grants them.
SELECT 'SELECT ivigmon_grant_access()'
WHERE to_regprocedure('public.ivigmon_grant_access()') IS NOT NULL
\gexec
