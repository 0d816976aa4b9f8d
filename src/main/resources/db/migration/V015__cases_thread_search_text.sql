-- Internal notes and coordinator messages are searched only where the viewer may read that thread. Matching them
-- row by row in case_message costs a scan of every matching message for a common word; keeping each thread's text
-- on the case, with its own trigram index, lets one bitmap scan per column answer the search, and the viewer's
-- right to read the thread is checked on the case row.
alter table psirt_case
    add column internal_text    text not null default '',
    add column coordinator_text text not null default '';

update psirt_case c
   set internal_text = left(coalesce((select string_agg(m.body, ' ' order by m.id) from case_message m
                                       where m.case_id = c.id and m.thread = 'internal'), ''), 1000000),
       coordinator_text = left(coalesce((select string_agg(m.body, ' ' order by m.id) from case_message m
                                          where m.case_id = c.id and m.thread = 'coordinator'), ''), 1000000)
 where exists (select 1 from case_message m where m.case_id = c.id);

create index psirt_case_internal_search on psirt_case using gin (internal_text gin_trgm_ops);
create index psirt_case_coordinator_search on psirt_case using gin (coordinator_text gin_trgm_ops);
drop index case_message_search;
