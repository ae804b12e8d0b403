// Every schema change the server's database has had, oldest first; applied at start, each once,
// in one transaction. Versions strictly increase; gaps are fine (migrate() applies every version
// not yet recorded, in this order), so work on two branches can number its migrations apart.
// Never edit a shipped migration: add a new one. The same SQL runs on PGlite and PostgreSQL.
export interface Migration {
  version: number;
  sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    sql: `
      -- One sync space per facility. Its version counter is bumped under this row's lock by
      -- every push, so versions are handed out in commit order and a pull never skips one.
      create table sync_spaces (
        id uuid primary key,
        name text not null,
        version bigint not null default 0,
        created_at timestamptz not null default now()
      );

      -- A device holds a long random token; only its SHA-256 is stored here.
      create table devices (
        id uuid primary key,
        space_id uuid not null references sync_spaces (id),
        name text not null,
        role text not null check (role in ('shared-tablet', 'staff', 'admin')),
        token_hash text not null unique,
        -- The highest mutation id applied for this device: each is applied exactly once.
        last_mutation_id bigint not null default 0,
        created_at timestamptz not null default now(),
        revoked_at timestamptz
      );
      create index devices_by_space on devices (space_id);

      -- Every synced record of every table, as the tablets store it: fields plus stamps.
      create table records (
        space_id uuid not null references sync_spaces (id),
        table_name text not null,
        id text not null,
        data jsonb not null,
        version bigint not null,
        primary key (space_id, table_name, id)
      );
      create index records_by_cursor on records (space_id, version, table_name, id);

      -- Values a merge overwrote that were changed concurrently, for staff to see and restore.
      create table overwritten_values (
        id bigint generated always as identity primary key,
        space_id uuid not null references sync_spaces (id),
        table_name text not null,
        record_id text not null,
        field text not null,
        value jsonb,
        stamp text not null,
        winner jsonb,
        winner_stamp text not null,
        device_id uuid references devices (id),
        at timestamptz not null default now()
      );
      create index overwritten_values_by_space on overwritten_values (space_id, at);

      -- Pushed records whose merge the schema refused: the stored record stayed as it was.
      create table refused_merges (
        id bigint generated always as identity primary key,
        space_id uuid not null references sync_spaces (id),
        table_name text not null,
        record_id text not null,
        incoming jsonb not null,
        reason text not null,
        device_id uuid references devices (id),
        at timestamptz not null default now()
      );
      create index refused_merges_by_space on refused_merges (space_id, at);
    `,
  },
  {
    version: 2,
    sql: `
      -- One-time setup codes: the link the first start prints in the log. Only the SHA-256 of
      -- a code is stored. Every unused, unexpired code stays valid until one of them creates
      -- the first administrator (two processes starting at once each print one).
      create table setup_codes (
        code_hash text primary key,
        expires_at timestamptz not null,
        used_at timestamptz,
        created_at timestamptz not null default now()
      );

      -- Codes a staff device shows so another device can enrol: single use, short-lived,
      -- scoped to the issuer's space, with the role the new device gets. Hash only.
      create table enrolment_codes (
        code_hash text primary key,
        space_id uuid not null references sync_spaces (id),
        role text not null check (role in ('shared-tablet', 'staff', 'admin')),
        device_name text,
        created_by uuid not null references devices (id),
        expires_at timestamptz not null,
        used_at timestamptz,
        used_by uuid references devices (id),
        created_at timestamptz not null default now()
      );
      create index enrolment_codes_by_space on enrolment_codes (space_id, expires_at);

      -- When a device last made a request, so staff can tell which devices are still in use.
      -- Updated at most every few minutes, not on every request.
      alter table devices add column last_seen_at timestamptz;
    `,
  },
  {
    version: 3,
    sql: `
      -- Photos, pictograms and recordings, addressed by the SHA-256 of their bytes, per facility
      -- (the same file in two facilities is two rows, so one never learns what the other holds).
      -- The bytes live in the database, not in files next to it: any number of server processes
      -- against one PostgreSQL stay stateless and see the same media, and a backup of the
      -- database is a backup of everything.
      create table media (
        space_id uuid not null references sync_spaces (id),
        hash text not null check (hash ~ '^[0-9a-f]{64}$'),
        mime text not null,
        size integer not null check (size = octet_length(bytes)),
        bytes bytea not null,
        created_at timestamptz not null default now(),
        primary key (space_id, hash)
      );
    `,
  },
  {
    version: 4,
    sql: `
      -- Staff go through the overwritten values: restoring one on a tablet, or leaving the
      -- winner as it is, settles the entry so the list shows only what still needs a look.
      alter table overwritten_values add column settled_at timestamptz;
      alter table overwritten_values add column settled_by uuid references devices (id);
      create index overwritten_values_unsettled on overwritten_values (space_id, id) where settled_at is null;
    `,
  },
  {
    version: 5,
    sql: `
      -- A setup code the operator made for one more facility on this server (npm run
      -- new-facility): it creates a new sync space with its own first administrator, even though
      -- other facilities have administrators already.
      alter table setup_codes add column for_new_facility boolean not null default false;
    `,
  },
  {
    version: 6,
    sql: `
      -- A record is stored as the JSON text it was merged into, not parsed into jsonb: the
      -- server never queries inside a record, and a pull sends records as text, which jsonb
      -- would have to print again for every record of every page.
      alter table records alter column data type json using data::json;
    `,
  },
];
