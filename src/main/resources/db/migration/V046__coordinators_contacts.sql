-- coordinators module: which coordinator organization a staff account with the COORDINATOR role speaks for
-- (issue 10), e.g. the JPCERT/CC contacts, so that PSIRT can give all of them access to a case at once. An account
-- belongs to at most one organization (the primary key). user_id is identity's staff_user id, read through
-- StaffDirectory (no foreign key across modules, like case_coordinator); accounts are deactivated, never deleted.
create table coordinator_contact (
    user_id          bigint      primary key,
    organization_id  bigint      not null references coordinator_organization (id),
    added_by         text        not null,
    added_at         timestamptz not null
);

create index coordinator_contact_organization on coordinator_contact (organization_id);
