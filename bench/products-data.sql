-- Generates the products benchmark's data: 500 products with 20 versions each (10,000 product versions), each with
-- an SBOM of 300 components (3,000,000 component rows). One component, org.example/log-core, is in every tenth
-- version, in versions 2.0.0 to 2.19.0; the others are drawn from 5,000 libraries. Run against an empty database.
\set ON_ERROR_STOP on
begin;
insert into division (name, created_at) values ('Bench products division', now());
insert into product (name_en, name_ja, division_id, version_scheme, created_at, updated_at)
select 'Bench product ' || p, 'ベンチ製品 ' || p, (select id from division where name = 'Bench products division'),
       'numeric', now(), now()
from generate_series(1, 500) p;
insert into product_version (product_id, version, position, created_at)
select p.id, '1.' || v, v, now() from product p, generate_series(1, 20) v;
insert into product_sbom (product_version_id, spec_version, file_name, component_count, document, uploaded_by,
                          uploaded_at)
select id, '1.5', 'bench.cdx.json', 300, convert_to('{}', 'UTF8'), 'bench', now() from product_version;
insert into sbom_component (sbom_id, product_version_id, purl, purl_base, name, component_group, version, supplier, path)
select s.id, s.product_version_id,
       'pkg:maven/org.example/lib-' || ((s.id * 7919 + c * 104729) % 5000) || '@1.' || (c % 30) || '.0',
       'pkg:maven/org.example/lib-' || ((s.id * 7919 + c * 104729) % 5000),
       'lib-' || ((s.id * 7919 + c * 104729) % 5000), 'org.example', '1.' || (c % 30) || '.0', 'Example',
       'firmware > lib-' || ((s.id * 7919 + c * 104729) % 5000)
from product_sbom s, generate_series(1, 299) c;
insert into sbom_component (sbom_id, product_version_id, purl, purl_base, name, component_group, version, supplier, path)
select s.id, s.product_version_id, 'pkg:maven/org.example/log-core@2.' || (s.id % 20) || '.0',
       'pkg:maven/org.example/log-core', 'log-core', 'org.example', '2.' || (s.id % 20) || '.0', 'Example',
       'firmware > webserver > log-core'
from product_sbom s where s.id % 10 = 0;
insert into sbom_component (sbom_id, product_version_id, purl, purl_base, name, component_group, version, supplier, path)
select s.id, s.product_version_id, 'pkg:maven/org.example/lib-x@1.0.0', 'pkg:maven/org.example/lib-x', 'lib-x',
       'org.example', '1.0.0', 'Example', 'firmware > lib-x'
from product_sbom s where s.id % 10 <> 0;
commit;
vacuum analyze;
