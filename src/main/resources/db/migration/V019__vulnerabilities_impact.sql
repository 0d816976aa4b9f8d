-- vulnerabilities module: the vulnerabilities of a case, their impact on each product version as the investigating
-- division records it, and the remediations. Codes are those of CSAF 2.0 (§3.2.3.12.1 remediation categories,
-- §3.2.3.14 VEX justification labels) so that advisories and CSAF documents take them unchanged.

create table vulnerability (
    id             bigint generated always as identity primary key,
    case_id        bigint      not null references psirt_case (id),
    number         integer     not null,
    title_en       text        not null default '' check (char_length(title_en) <= 300),
    title_ja       text        not null default '' check (char_length(title_ja) <= 300),
    description_en text        not null default '' check (char_length(description_en) <= 20000),
    description_ja text        not null default '' check (char_length(description_ja) <= 20000),
    cwe            text check (cwe is null or cwe ~ '^CWE-[0-9]{1,5}$'),
    created_by     text        not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    unique (case_id, number),
    check (title_en <> '' or title_ja <> '')
);

-- the affected versions as data: a range with optional bounds (both bounds equal and inclusive: one version)
create table vulnerability_impact (
    id               bigint generated always as identity primary key,
    vulnerability_id bigint      not null references vulnerability (id),
    product_id       bigint      not null references product (id),
    lower_version    text,
    lower_inclusive  boolean     not null default true,
    upper_version    text,
    upper_inclusive  boolean     not null default false,
    status           text        not null check (status in ('under_investigation', 'known_affected',
                                                            'known_not_affected', 'fixed', 'not_investigated_eol')),
    justification    text check (justification in ('component_not_present', 'vulnerable_code_not_present',
                                                   'vulnerable_code_not_in_execute_path',
                                                   'vulnerable_code_cannot_be_controlled_by_adversary',
                                                   'inline_mitigations_already_exist')),
    statement        text        not null default '' check (char_length(statement) <= 5000),
    recorded_by      text        not null,
    recorded_at      timestamptz not null,
    -- CSAF 2.0 §3.2.3.14: known_not_affected carries an impact statement or a justification; Madoguchi asks for the
    -- justification always
    check (status <> 'known_not_affected' or justification is not null)
);

create index vulnerability_impact_vulnerability on vulnerability_impact (vulnerability_id, product_id);

create table remediation (
    id               bigint generated always as identity primary key,
    vulnerability_id bigint      not null references vulnerability (id),
    category         text        not null check (category in ('vendor_fix', 'workaround', 'mitigation',
                                                              'no_fix_planned', 'none_available')),
    details_en       text        not null default '' check (char_length(details_en) <= 5000),
    details_ja       text        not null default '' check (char_length(details_ja) <= 5000),
    fixed_version    text check (char_length(fixed_version) <= 100),
    released_on      date,
    url              text check (url is null or url ~ '^https?://'),
    recorded_by      text        not null,
    recorded_at      timestamptz not null
);

create index remediation_vulnerability on remediation (vulnerability_id);

create table remediation_product (
    remediation_id bigint not null references remediation (id) on delete cascade,
    product_id     bigint not null references product (id),
    primary key (remediation_id, product_id)
);
