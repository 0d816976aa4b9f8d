-- Generates the cases benchmark's data: 100,000 cases over 20 divisions and 1,000,000 messages (10 a case), with
-- English and Japanese words in titles, search text and messages. Run against an empty Madoguchi database.
\set ON_ERROR_STOP on
begin;
insert into division (name, created_at) select 'Bench division ' || d, now() from generate_series(1, 20) d;

create temporary table words (n int, en text, ja text);
insert into words values
  (0, 'overflow', 'オーバーフロー'), (1, 'injection', 'インジェクション'), (2, 'traversal', 'トラバーサル'),
  (3, 'authentication', '認証回避'), (4, 'scripting', 'スクリプティング'), (5, 'deserialization', 'デシリアライズ'),
  (6, 'firmware', 'ファームウェア'), (7, 'modbus', '通信ユニット'), (8, 'webserver', '管理画面'), (9, 'ftp', '保守ポート');

insert into psirt_case (reference, title, state, opened_at, updated_at, acknowledge_by, acknowledged_at, triage_by,
                        publication_target, search_text)
select 'BEN-2025-' || lpad(i::text, 6, '0'),
       'Bench ' || w.en || ' in product ' || (i % 997) || ' ' || w.ja,
       (array['received','acknowledged','triage','investigating','remediation','disclosure-scheduled','published','closed'])[1 + i % 8],
       now() - (i % 700) * interval '1 day', now(),
       now() - (i % 700) * interval '1 day' + interval '7 days',
       case when i % 8 > 0 then now() - (i % 700) * interval '1 day' + interval '2 days' end,
       case when i % 8 > 0 then now() - (i % 700) * interval '1 day' + interval '16 days' end,
       now() - (i % 700) * interval '1 day' + interval '90 days',
       'BEN-2025-' || lpad(i::text, 6, '0') || ' ' || w.en || ' product ' || (i % 997) || ' steps to reproduce ' || w.ja
from generate_series(1, 100000) i join words w on w.n = i % 10;

insert into case_division (case_id, division_id)
select c.id, 1 + (c.id % 20) from psirt_case c;

insert into case_message (case_id, thread, author, body, created_at)
select c.id, case when m % 3 = 0 then 'coordinator' else 'internal' end, 'bench',
       'Note ' || m || ' on ' || c.reference || ': checked ' || w.en || ' build ' || (c.id * 7 + m) % 10007 || ' ' || w.ja,
       now()
from psirt_case c, generate_series(1, 10) m, words w where w.n = (c.id + m) % 10;

-- what CaseConversation keeps on the case for search, as migration V015 does for existing messages
update psirt_case c
   set internal_text = coalesce((select string_agg(m.body, ' ' order by m.id) from case_message m
                                  where m.case_id = c.id and m.thread = 'internal'), ''),
       coordinator_text = coalesce((select string_agg(m.body, ' ' order by m.id) from case_message m
                                     where m.case_id = c.id and m.thread = 'coordinator'), '');
commit;
vacuum analyze;
