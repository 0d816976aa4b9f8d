-- identity module: the language a staff member reads Madoguchi's e-mail in (digests, reminders); pages follow the
-- language chosen in the browser. Japanese unless set otherwise, as the seed policies' desks work in Japanese.
alter table staff_user add column language text not null default 'ja' check (language in ('ja', 'en'));
