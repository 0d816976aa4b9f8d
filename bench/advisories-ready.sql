-- One advisory as its author leaves it for review, written straight into the working tables for the publication
-- benchmark (bench/advisories.sh): a case with one vulnerability (CVSS v3.1 and v4.0, a CWE, an assigned CVE ID, one
-- affected product), every text field in both languages, an acknowledgment with consent and a JVN reference, and a
-- publication date agreed on the case :'delay' from now. bench/advisories.sh then approves and schedules it through
-- the desk as a second PSIRT member (approval keeps the digest of the content, which only the application computes);
-- the publisher job, not this script, produces everything public.
-- usage: psql -v id=LAT-2026-001 -v n=1 -v delay='5 seconds' -f bench/advisories-ready.sql
\set ON_ERROR_STOP on
begin;
insert into division (name, created_at)
select 'Bench advisories division', now()
where not exists (select 1 from division where name = 'Bench advisories division');
insert into product (name_en, name_ja, division_id, version_scheme, created_at, updated_at)
select 'Bench controller ' || :n, 'ベンチ制御装置 ' || :n, (select id from division where name = 'Bench advisories division'),
       'numeric', now(), now();

insert into psirt_case (reference, title, state, opened_at, updated_at, acknowledge_by, publication_target, search_text)
values ('BENCH-ADV-' || :n, 'Bench advisory case ' || :n, 'disclosure-scheduled', now() - interval '60 days', now(),
        now() - interval '53 days', now() + interval '1 day', 'bench advisory case ' || :n);
insert into vulnerability (case_id, number, title_en, title_ja, description_en, description_ja, cwe, created_by,
                           created_at, updated_at, cvss_v3, cvss_v4, reference_urls)
select id, 1, 'Stack-based buffer overflow in the web management interface',
       'Web 管理画面におけるスタックベースのバッファオーバーフロー',
       'A remote unauthenticated attacker can send a crafted HTTP request to the web management interface and '
         || 'execute arbitrary code or stop the device.',
       '遠隔の第三者が細工した HTTP リクエストを Web 管理画面に送信することで、任意のコードを実行したり、'
         || '機器を停止させたりする可能性があります。',
       'CWE-121', 'bench', now(), now(),
       'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
       'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N',
       array['https://example.com/security/bench-' || :n]
from psirt_case where reference = 'BENCH-ADV-' || :n;
insert into vulnerability_impact (vulnerability_id, product_id, lower_version, lower_inclusive, upper_version,
                                  upper_inclusive, status, recorded_by, recorded_at)
select v.id, p.id, '1.0', true, '2.4', false, 'known_affected', 'bench', now()
from vulnerability v join psirt_case c on c.id = v.case_id, product p
where c.reference = 'BENCH-ADV-' || :n and p.name_en = 'Bench controller ' || :n;
insert into cve_id (cve_id, year, state, entered_by, entered_at, vulnerability_id, assigned_to, assigned_by,
                    assigned_at)
select 'CVE-2026-' || (90000 + :n), 2026, 'assigned', 'bench', now(), v.id, 'BENCH-ADV-' || :n, 'bench', now()
from vulnerability v join psirt_case c on c.id = v.case_id where c.reference = 'BENCH-ADV-' || :n;

insert into advisory (id, created_by, created_at, updated_at, edition)
values (:'id', 'bench-author', now(), now(), 3);
insert into advisory_editor (advisory_id, username) values (:'id', 'bench-author');
-- the date agreed with the reporter and JPCERT/CC, which scheduling takes
with agreement as (
    insert into publication_agreement (case_id, publish_at, recorded_by, recorded_at)
    select c.id, date_trunc('second', now()) + :'delay'::interval, 'bench-author', now()
    from psirt_case c where c.reference = 'BENCH-ADV-' || :n
    returning id)
insert into publication_agreement_party (agreement_id, position, kind, name, agreed_at)
select id, 1, 'coordinator', 'JPCERT/CC', now() from agreement;
insert into advisory_vulnerability (advisory_id, vulnerability_id)
select :'id', v.id from vulnerability v join psirt_case c on c.id = v.case_id where c.reference = 'BENCH-ADV-' || :n;
insert into advisory_text (advisory_id, field, language, value, updated_by, updated_at, checked_at)
select :'id', f.field, l.language, case l.language when 'ja' then f.ja else f.en end, 'bench-author', now(), now()
from (values
  ('title', 'ベンチ制御装置 ' || :n || ' の Web 管理画面におけるバッファオーバーフローの脆弱性',
            'Buffer overflow vulnerability in the web management interface of Bench controller ' || :n),
  ('overview', 'ベンチ制御装置の Web 管理画面には、スタックベースのバッファオーバーフローの脆弱性が存在します。',
               'The web management interface of Bench controller contains a stack-based buffer overflow.'),
  ('description', repeat('細工された HTTP リクエストの処理において、入力の長さが検証されていません。', 8),
                  repeat('The length of a field of an HTTP request is not checked before it is copied. ', 8)),
  ('impact', '遠隔の第三者によって、任意のコードを実行されたり、サービス運用妨害 (DoS) 状態にされたりする可能性があります。',
             'A remote unauthenticated attacker may execute arbitrary code or cause a denial of service.'),
  ('remediation', 'ファームウェアを 2.4 以降に更新してください。', 'Update the firmware to version 2.4 or later.'),
  ('workarounds', 'Web 管理画面へのアクセスを信頼できるネットワークに限定してください。',
                  'Restrict access to the web management interface to trusted networks.'),
  ('contact', 'ベンチ株式会社 PSIRT', 'Bench Corporation PSIRT'),
  ('terms', '本情報は現状のまま提供されます。', 'This information is provided as is.')
) as f(field, ja, en), (values ('ja'), ('en')) as l(language);
insert into advisory_acknowledgment (advisory_id, name_ja, name_en, consent, recorded_by, recorded_at)
values (:'id', 'ベンチ 太郎 氏', 'Taro Bench', 'e-mail of the reporter, bench', 'bench-author', now());
insert into advisory_reference (advisory_id, source, identifier, url, added_by, added_at)
values (:'id', 'JVN', 'JVNVU#9' || lpad(:n::text, 7, '0'), 'https://jvn.jp/vu/JVNVU9' || lpad(:n::text, 7, '0') || '/',
        'bench-author', now());
commit;
