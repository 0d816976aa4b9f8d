-- cna module: the CVE IDs the manufacturer holds as a CNA. PSIRT enters the IDs reserved with the CVE Program (or a
-- client reserves them); an ID is then assigned to one vulnerability, or rejected with a reason (a REJECTED record).
create table cve_id (
    cve_id           text primary key check (cve_id ~ '^CVE-[0-9]{4}-[0-9]{4,19}$'),
    year             integer     not null,
    state            text        not null check (state in ('reserved', 'assigned', 'rejected')),
    entered_by       text        not null,
    entered_at       timestamptz not null,
    vulnerability_id bigint unique,
    assigned_to      text,
    assigned_by      text,
    assigned_at      timestamptz,
    override_reason  text check (char_length(override_reason) <= 2000),
    rejected_reason  text check (char_length(rejected_reason) <= 2000),
    rejected_by      text,
    rejected_at      timestamptz,
    check ((state = 'assigned') = (vulnerability_id is not null)),
    check (state <> 'rejected' or rejected_reason is not null)
);

-- the next free ID of a year, taken with "for update skip locked" so that two nodes never hand out the same one
create index cve_id_free on cve_id (year, cve_id) where state = 'reserved';

-- vulnerabilities module: whether a vulnerability is in a third-party component (the NEC policy assigns CVE IDs only
-- for issues specific to its own products; a third-party component's vulnerability references the upstream CVE)
alter table vulnerability add column third_party_component text check (char_length(third_party_component) <= 300),
                          add column upstream_cve text check (upstream_cve ~ '^CVE-[0-9]{4}-[0-9]{4,19}$');
