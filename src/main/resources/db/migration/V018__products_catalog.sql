-- products module: the one product catalog that the report form, the case investigation, advisories, CSAF
-- product_tree and CVE affected[] draw from. Each product is owned by a development division (the seed policies:
-- the division that owns the product investigates it) and orders its versions by a rule chosen per product.

create table product_family (
    id         bigint generated always as identity primary key,
    name_en    text        not null check (char_length(name_en) between 1 and 200),
    name_ja    text        not null check (char_length(name_ja) between 1 and 200),
    created_at timestamptz not null
);

create unique index product_family_name on product_family (lower(name_en));

create table product (
    id             bigint generated always as identity primary key,
    family_id      bigint references product_family (id),
    name_en        text        not null check (char_length(name_en) between 1 and 200),
    name_ja        text        not null check (char_length(name_ja) between 1 and 200),
    model_numbers  text[]      not null default '{}',
    division_id    bigint      not null references division (id),
    version_scheme text        not null check (version_scheme in ('numeric', 'semantic', 'firmware', 'listed')),
    end_of_life_on date,
    cpe            text check (cpe is null or cpe like 'cpe:2.3:%'),
    purl           text check (purl is null or purl like 'pkg:%'),
    created_at     timestamptz not null,
    updated_at     timestamptz not null
);

create unique index product_name on product (lower(name_en));
create index product_division on product (division_id);
create index product_name_search on product using gin ((name_en || ' ' || name_ja) gin_trgm_ops);

-- names a product had before a rename: an advisory that used the old name still finds the product
create table product_former_name (
    id          bigint generated always as identity primary key,
    product_id  bigint      not null references product (id),
    name_en     text        not null,
    name_ja     text        not null,
    replaced_at timestamptz not null,
    replaced_by text        not null
);

create index product_former_name_product on product_former_name (product_id);
create index product_former_name_en on product_former_name (lower(name_en));

-- the same product sold under another name or model number in a region (e.g. MELSEC iQ-R in Japan and overseas)
create table product_variant (
    id           bigint generated always as identity primary key,
    product_id   bigint not null references product (id),
    region       text   not null check (char_length(region) between 1 and 100),
    name_en      text   not null check (char_length(name_en) between 1 and 200),
    name_ja      text   not null check (char_length(name_ja) between 1 and 200),
    model_number text   not null default '' check (char_length(model_number) <= 100),
    unique (product_id, region, name_en, model_number)
);

-- position: the order of entry, which is the release order for products whose versions no rule can order
create table product_version (
    id          bigint generated always as identity primary key,
    product_id  bigint      not null references product (id),
    version     text        not null check (char_length(version) between 1 and 100),
    position    integer     not null,
    released_on date,
    created_at  timestamptz not null,
    unique (product_id, version),
    unique (product_id, position)
);
