-- vulnerabilities module: a review confirms one revision of a vulnerability's affected products and remediations.
-- Every change bumps the revision; a review sent for an older revision (a change arrived after the page was loaded,
-- perhaps on another node) is refused, so a review never covers a change its reviewer did not see.
alter table vulnerability add column impact_revision integer not null default 0;
