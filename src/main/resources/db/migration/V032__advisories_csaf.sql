-- advisories module: the CSAF 2.0 document of each published revision (CSAF 2.0 §3, file name by §5.1), written in
-- the publication transaction beside the HTML and PDF renditions. The trusted provider serves the newest revision of
-- every advisory on the portal (advisory_public, not withdrawn) from the folder of its year (§7.1.11), exactly these
-- bytes, which it hashes and signs.
create table advisory_csaf (
    advisory_id          text        not null,
    revision             integer     not null,
    tracking_id          text        not null,
    file_name            text        not null check (file_name ~ '^[+\-a-z0-9_]+\.json$'),
    year                 integer     not null,
    tlp                  text        not null check (tlp in ('WHITE', 'GREEN', 'AMBER', 'RED')),
    initial_release_date timestamptz not null,
    current_release_date timestamptz not null,
    document             bytea       not null,
    primary key (advisory_id, revision),
    foreign key (advisory_id, revision) references advisory_revision (advisory_id, number)
);

create index advisory_csaf_file on advisory_csaf (year, file_name);
