-- policy module: the vulnerability disclosure policy, in Japanese and English, with its dated update history
-- (as the seed policies show theirs: "2024/12/26 Update 3-2.").

create table policy_revision (
    id           bigint generated always as identity primary key,
    published_on date        not null,
    text_ja      text        not null,
    text_en      text        not null,
    change_ja    text        not null,
    change_en    text        not null,
    author       text        not null,
    created_at   timestamptz not null
);
