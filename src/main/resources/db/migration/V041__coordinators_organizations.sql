-- coordinators module: the coordinator organizations PSIRT hands cases to (issue 10), e.g. JPCERT/CC, which
-- publishes the advisory on JVN. Contacts and keys are entered by the administrator; an organization is never
-- deleted, only deactivated, so that the cases that name it keep their history.
create table coordinator_organization (
    id                 bigint generated always as identity primary key,
    name_ja            text        not null check (char_length(name_ja) between 1 and 200),
    name_en            text        not null check (char_length(name_en) between 1 and 200),
    short_name         text        not null unique check (char_length(short_name) between 1 and 50),
    emails             text        not null default '' check (char_length(emails) <= 1000),
    public_key         text check (char_length(public_key) <= 100000),
    language           text        not null check (language in ('ja', 'en')),
    publishes_on_jvn   boolean     not null default false,
    active             boolean     not null default true,
    preconfigured      boolean     not null default false,
    updated_by         text        not null,
    updated_at         timestamptz not null
);

-- JPCERT/CC, Japan's coordinator, publishes on JVN. Its contact address is left for the administrator to enter
-- (no address is assumed here); the page says so while it is empty.
insert into coordinator_organization (name_ja, name_en, short_name, emails, language, publishes_on_jvn, active,
                                      preconfigured, updated_by, updated_at)
values ('一般社団法人JPCERTコーディネーションセンター', 'JPCERT Coordination Center', 'JPCERT/CC', '', 'ja', true,
        true, true, 'system', now());
