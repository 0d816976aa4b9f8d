-- vulnerabilities module: references of a vulnerability other than our own advisory (JVN, ICS-CERT advisories,
-- upstream reports), as CVE records and advisories list them.
alter table vulnerability add column reference_urls text[] not null default '{}';
