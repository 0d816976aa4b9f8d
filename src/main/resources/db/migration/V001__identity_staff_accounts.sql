-- identity module: staff accounts, their roles and personal API tokens.
-- Reporters never get accounts (they follow their report through a private status link).

create table staff_user (
    id                   bigint generated always as identity primary key,
    username             text        not null unique check (username ~ '^[a-z0-9][a-z0-9._@-]{1,63}$'),
    display_name         text        not null check (char_length(display_name) between 1 and 200),
    email                text        check (char_length(email) <= 254),
    password_hash        text        not null,
    must_change_password boolean     not null default true,
    active               boolean     not null default true,
    failed_sign_ins      integer     not null default 0,
    locked_until         timestamptz,
    created_at           timestamptz not null,
    password_changed_at  timestamptz,
    last_sign_in_at      timestamptz
);

create table staff_user_role (
    user_id bigint not null references staff_user (id),
    role    text   not null check (role in ('ADMIN', 'PSIRT', 'DEVELOPER', 'COORDINATOR')),
    primary key (user_id, role)
);

-- Only the SHA-256 of a token is kept: a database dump does not reveal usable tokens.
create table api_token (
    id           bigint generated always as identity primary key,
    user_id      bigint      not null references staff_user (id),
    name         text        not null check (char_length(name) between 1 and 100),
    token_hash   char(64)    not null unique,
    prefix       text        not null,
    created_at   timestamptz not null,
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz
);

create index api_token_user on api_token (user_id);
