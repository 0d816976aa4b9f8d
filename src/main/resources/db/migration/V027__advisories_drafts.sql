-- advisories module: advisory drafts. An advisory covers one or more vulnerabilities (possibly of several cases) and
-- has an ID from a configurable scheme (e.g. MDG-2026-001), numbered per year by a counter row that every node
-- increments in one statement. Each text field is kept per language with when it was last changed and when it was
-- last written or confirmed against the other language, so that the editor can say which translation is older than
-- its original.
create table advisory_sequence (
    year integer primary key,
    last integer not null
);

create table advisory (
    id         text primary key check (char_length(id) between 3 and 40),
    state      text        not null default 'draft' check (state in ('draft')),
    created_by text        not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
);

create table advisory_vulnerability (
    advisory_id      text   not null references advisory (id),
    vulnerability_id bigint not null references vulnerability (id),
    primary key (advisory_id, vulnerability_id)
);

create table advisory_text (
    advisory_id text        not null references advisory (id),
    field       text        not null check (field in ('title', 'overview', 'description', 'impact', 'remediation',
                                                      'workarounds', 'contact', 'terms')),
    language    text        not null check (language in ('ja', 'en')),
    value       text        not null default '' check (char_length(value) <= 50000),
    updated_by  text        not null,
    updated_at  timestamptz not null,
    checked_at  timestamptz not null,
    primary key (advisory_id, field, language)
);
