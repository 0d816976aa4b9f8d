-- Internal notes and coordinator messages are searched only where the viewer may read that thread. Matching them
-- row by row in case_message costs a scan of every matching message for a common word; keeping each thread's text
-- per case, with its own trigram index, lets one bitmap scan per column answer the search, and the viewer's right to
-- read the thread is checked on the case. The text lives beside psirt_case, not in it, so that the queue, which
-- reads many case rows, does not read the threads' text with them.
create table case_thread_text (
    case_id          bigint primary key references psirt_case (id),
    internal_text    text not null default '',
    coordinator_text text not null default ''
);

insert into case_thread_text (case_id, internal_text, coordinator_text)
select m.case_id,
       left(coalesce(string_agg(m.body, ' ' order by m.id) filter (where m.thread = 'internal'), ''), 1000000),
       left(coalesce(string_agg(m.body, ' ' order by m.id) filter (where m.thread = 'coordinator'), ''), 1000000)
  from case_message m
 group by m.case_id;

create index case_thread_text_internal on case_thread_text using gin (internal_text gin_trgm_ops);
create index case_thread_text_coordinator on case_thread_text using gin (coordinator_text gin_trgm_ops);
drop index case_message_search;
