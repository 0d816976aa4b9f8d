-- products module: the CycloneDX SBOM of a product version and its components, flattened into an index for "which
-- of our product versions contain component X in versions R" (third-party vulnerabilities; the NEC policy's
-- notification initiatives). One SBOM a product version: a new upload replaces the old one whole.

create table product_sbom (
    id                 bigint generated always as identity primary key,
    product_version_id bigint      not null unique references product_version (id),
    spec_version       text        not null,
    serial_number      text,
    file_name          text        not null,
    component_count    integer     not null,
    document           bytea       not null,
    uploaded_by        text        not null,
    uploaded_at        timestamptz not null
);

-- purl_base: the purl without version, qualifiers and subpath, lower-cased (purl-spec: type, namespace and name
-- identify the package), so that a search for pkg:maven/org.example/lib finds every version of it
create table sbom_component (
    sbom_id            bigint not null references product_sbom (id) on delete cascade,
    product_version_id bigint not null,
    purl               text,
    purl_base          text,
    name               text   not null,
    component_group    text,
    version            text,
    supplier           text,
    path               text   not null
);

create index sbom_component_purl_base on sbom_component (purl_base, product_version_id);
create index sbom_component_name on sbom_component (lower(name), product_version_id);
create index sbom_component_sbom on sbom_component (sbom_id);
