-- cases module: how each coordinator was given a case (issue 10). via_organization_id names the coordinator
-- organization whose contacts PSIRT gave access together; null when PSIRT added the account by name. When an
-- account stops being that organization's contact, it loses the cases it holds only through it. The organization
-- is read through Coordinators (no foreign key across modules, like user_id).
alter table case_coordinator add column via_organization_id bigint;

create index case_coordinator_via_organization on case_coordinator (user_id, via_organization_id)
    where via_organization_id is not null;
