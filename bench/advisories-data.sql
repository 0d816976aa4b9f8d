-- Generates the advisory portal benchmark's 10,000 published advisories (bench/advisories.sh) by cloning what the
-- publisher really wrote for one advisory (:'template'): for each clone the advisory row, revision 1 with its
-- snapshot, the four renditions and the public list row. IDs MDG-2020-00001 … MDG-2026-10000 (the year of the ID is
-- the year of first publication, 2020–2026); titles, severities (none … critical, and some without a score), CVE IDs,
-- product IDs and search text vary. The HTML renditions are the template's bytes with its ID and titles replaced
-- (ETag recomputed as the application does); the PDFs are the template's bytes unchanged.
-- usage: psql -v template=LAT-2026-001 -f bench/advisories-data.sql
\set ON_ERROR_STOP on
begin;
create temporary table words (n int, en text, ja text);
insert into words values
  (0, 'overflow', 'オーバーフロー'), (1, 'injection', 'インジェクション'), (2, 'traversal', 'トラバーサル'),
  (3, 'authentication', '認証回避'), (4, 'scripting', 'スクリプティング'), (5, 'deserialization', 'デシリアライズ'),
  (6, 'firmware', 'ファームウェア'), (7, 'modbus', '通信ユニット'), (8, 'webserver', '管理画面'), (9, 'ftp', '保守ポート');

create temporary table clone as
select i,
       'MDG-' || y || '-' || lpad(i::text, 5, '0') as id,
       y as year,
       make_timestamptz(y, 1, 1, 1, 0, 0, 'UTC') + ((i * 37) % 360) * interval '1 day' + (i % 86400) * interval '1 second'
         as published,
       'Bench ' || w.en || ' vulnerability in product line ' || (i % 997) as title_en,
       'ベンチ製品系列 ' || (i % 997) || ' における' || w.ja || 'の脆弱性' as title_ja,
       (array[null, 'none', 'low', 'medium', 'high', 'critical'])[1 + i % 6] as severity,
       (array[0, 1, 2, 3, 4, 5])[1 + i % 6] as severity_rank,
       (array[null, 0.0, 3.1, 5.3, 7.5, 9.8])[1 + i % 6]::numeric(3, 1) as max_score,
       array['CVE-' || y || '-' || (10000 + i)] as cve_ids,
       array[1 + (i % 500)::bigint, 501 + (i % 37)::bigint] as product_ids
from generate_series(1, 10000) i
cross join lateral (select 2020 + i % 7 as y) yy
join words w on w.n = i % 10;

insert into advisory (id, state, created_by, created_at, updated_at, edition, published_revision)
select id, 'published', 'bench-author', published, published, 1, 1 from clone;

insert into advisory_revision (advisory_id, number, published_at, summary_ja, summary_en, approved_by, snapshot)
select c.id, 1, c.published, r.summary_ja, r.summary_en, r.approved_by,
       jsonb_set(r.snapshot, '{id}', to_jsonb(c.id))
from clone c, advisory_revision r where r.advisory_id = :'template';

insert into advisory_rendition (advisory_id, kind, language, content, etag, modified_at)
select c.id, r.kind, r.language, x.content, '"' || left(encode(sha256(x.content), 'hex'), 32) || '"', c.published
from clone c, advisory_rendition r, advisory_public t
cross join lateral (select case when r.kind = 'pdf' then r.content
  else convert_to(replace(replace(replace(convert_from(r.content, 'UTF8'), t.advisory_id, c.id),
                                  t.title_en, c.title_en), t.title_ja, c.title_ja), 'UTF8') end as content) x
where r.advisory_id = :'template' and t.advisory_id = :'template';

insert into advisory_public (advisory_id, year, first_published, last_updated, revision, title_ja, title_en,
                             summary_ja, summary_en, severity, severity_rank, max_score, cve_ids, product_ids,
                             acknowledged_ja, acknowledged_en, search_text, snapshot)
select c.id, c.year, c.published, c.published, 1, c.title_ja, c.title_en, t.summary_ja, t.summary_en, c.severity,
       c.severity_rank, c.max_score, c.cve_ids, c.product_ids, t.acknowledged_ja, t.acknowledged_en,
       lower(c.id || ' ' || c.title_ja || ' ' || c.title_en || ' ' || c.cve_ids[1] || ' '
             || replace(replace(replace(replace(t.search_text, lower(t.advisory_id), ''), lower(t.title_ja), ''),
                        lower(t.title_en), ''), lower(t.cve_ids[1]), '')),
       jsonb_set(t.snapshot, '{id}', to_jsonb(c.id))
from clone c, advisory_public t where t.advisory_id = :'template';
commit;
analyze advisory_public;
analyze advisory_rendition;
