-- cases module: the queue is ordered by each case's next deadline. A developer sees only their divisions' cases
-- (need-to-know, both seed policies), a few percent of all; filtering the whole deadline order down to them reads
-- thousands of cases for one page. Keeping the deadline on case_division as well lets the queue walk each of the
-- developer's divisions in deadline order and stop after one page.

-- the rule, once, in the database: reply, triage decision (unless waiting for the reporter), publication target
alter table psirt_case add column next_deadline timestamptz generated always as (
    case when state = 'received' then acknowledge_by
         when state in ('acknowledged', 'triage') and waiting_for_reporter_since is null then triage_by
         when state in ('investigating', 'remediation', 'disclosure-scheduled') then publication_target
    end) stored;
drop index psirt_case_next_deadline;
create index psirt_case_next_deadline on psirt_case (next_deadline asc nulls last, id desc) where merged_into is null;

alter table case_division add column next_deadline timestamptz;
update case_division cd set next_deadline = c.next_deadline from psirt_case c where c.id = cd.case_id;
create index case_division_next_deadline on case_division (division_id, next_deadline asc nulls last, case_id desc);

-- a copy kept by the database itself, so that no writer (another node, a script, a future module) can forget it
create function case_division_take_deadline() returns trigger language plpgsql as $$
begin
    select c.next_deadline into new.next_deadline from psirt_case c where c.id = new.case_id;
    return new;
end $$;
create trigger case_division_take_deadline before insert or update of case_id on case_division
    for each row execute function case_division_take_deadline();

create function psirt_case_give_deadline() returns trigger language plpgsql as $$
begin
    update case_division set next_deadline = new.next_deadline where case_id = new.id;
    return null;
end $$;
create trigger psirt_case_give_deadline after update on psirt_case
    for each row when (old.next_deadline is distinct from new.next_deadline)
    execute function psirt_case_give_deadline();
