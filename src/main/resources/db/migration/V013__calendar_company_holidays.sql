-- calendar module: the company's own holidays (single days and ranges such as Dec 29 - Jan 3), and days added to the
-- national list when a new law adds one before Madoguchi's built-in list knows it. Both count as non-business days.

create table company_holiday (
    id         bigint generated always as identity primary key,
    name       text        not null check (char_length(name) between 1 and 200),
    first_day  date        not null,
    last_day   date        not null,
    created_by text        not null,
    created_at timestamptz not null,
    check (last_day >= first_day and last_day - first_day <= 366)
);

create index company_holiday_days on company_holiday (first_day, last_day);

create table national_holiday_addition (
    day        date primary key,
    name_ja    text        not null,
    name_en    text        not null,
    created_by text        not null,
    created_at timestamptz not null
);
