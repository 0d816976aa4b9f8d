-- advisories module: review, scheduled publication and the public portal.
--
-- The working copy of an advisory has an edition that every edit increments. A second PSIRT member approves one
-- exact edition; any later edit makes approved_edition differ from edition, which withdraws the approval. The digest
-- of what the edition would publish (texts and the investigation data drawn into it) is kept with the approval, so
-- that a change to the affected products after approval stops publication too. Everyone who edited since the last
-- publication is listed in advisory_editor, so that nobody approves their own text.
--
-- Nothing public is ever read from the working tables. Publication writes the frozen snapshot of the revision, the
-- stored renditions (HTML and PDF per language) and the advisory_public row in one transaction: before that commit
-- no public query can see the advisory, after it every artifact is there at once.
alter table advisory drop constraint advisory_state_check;
alter table advisory add constraint advisory_state_check check (state in ('draft', 'published', 'withdrawn'));
alter table advisory
    add column edition            integer     not null default 1,
    add column approved_edition   integer,
    add column approved_by        text,
    add column approved_at        timestamptz,
    add column approved_digest    text,
    add column publish_at         timestamptz,
    add column scheduled_by       text,
    add column revision_summary_ja text       not null default '' check (char_length(revision_summary_ja) <= 500),
    add column revision_summary_en text       not null default '' check (char_length(revision_summary_en) <= 500),
    add column published_revision integer     not null default 0,
    add column withdrawn_at       timestamptz,
    add column withdrawn_reason_ja text,
    add column withdrawn_reason_en text;

-- the publisher looks for due advisories every second
create index advisory_due on advisory (publish_at) where publish_at is not null;

create table advisory_editor (
    advisory_id text not null references advisory (id),
    username    text not null,
    primary key (advisory_id, username)
);

-- Acknowledgments that PSIRT adds (coordinators, co-finders) with the consent that allows naming them; reporters'
-- credits are drawn from the cases at publication (only those who consented, the first reporter of duplicates).
create table advisory_acknowledgment (
    id          bigserial primary key,
    advisory_id text        not null references advisory (id),
    name_ja     text        not null check (char_length(name_ja) between 1 and 200),
    name_en     text        not null check (char_length(name_en) between 1 and 200),
    consent     text        not null check (char_length(consent) between 1 and 1000),
    recorded_by text        not null,
    recorded_at timestamptz not null
);

create table advisory_reference (
    id          bigserial primary key,
    advisory_id text        not null references advisory (id),
    source      text        not null check (source in ('JVN', 'ICS-CERT', 'CVE', 'URL')),
    identifier  text        not null default '' check (char_length(identifier) <= 100),
    url         text        not null check (url ~ '^https?://' and char_length(url) <= 2000),
    added_by    text        not null,
    added_at    timestamptz not null
);

-- Published revisions: the frozen snapshot every rendition of the revision was made from.
create table advisory_revision (
    advisory_id  text        not null references advisory (id),
    number       integer     not null check (number >= 1),
    published_at timestamptz not null,
    summary_ja   text        not null,
    summary_en   text        not null,
    approved_by  text        not null,
    snapshot     jsonb       not null,
    primary key (advisory_id, number)
);

-- The bytes the portal serves, written at publication (or at withdrawal: the tombstone), with their ETag.
create table advisory_rendition (
    advisory_id  text        not null references advisory (id),
    kind         text        not null check (kind in ('html', 'pdf')),
    language     text        not null check (language in ('ja', 'en')),
    content      bytea       not null,
    etag         text        not null,
    modified_at  timestamptz not null,
    primary key (advisory_id, kind, language)
);

-- One row per advisory the public may know about: the list, filters, search, feeds, sitemap, acknowledgments and
-- product pages read only this table.
create table advisory_public (
    advisory_id       text primary key references advisory (id),
    year              integer     not null,
    first_published   timestamptz not null,
    last_updated      timestamptz not null,
    revision          integer     not null,
    title_ja          text        not null,
    title_en          text        not null,
    summary_ja        text        not null,
    summary_en        text        not null,
    severity          text,
    severity_rank     integer     not null default 0,
    max_score         numeric(3, 1),
    cve_ids           text[]      not null default '{}',
    product_ids       bigint[]    not null default '{}',
    acknowledged_ja   text[]      not null default '{}',
    acknowledged_en   text[]      not null default '{}',
    search_text       text        not null,
    snapshot          jsonb       not null,
    withdrawn         boolean     not null default false
);

create index advisory_public_newest on advisory_public (first_published desc, advisory_id desc);
create index advisory_public_cves on advisory_public using gin (cve_ids);
create index advisory_public_products on advisory_public using gin (product_ids);
