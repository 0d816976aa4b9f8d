-- cna module: when a CVE record was last sent to CVE Services (null: never), so that the next send is an update.
alter table cve_id add column published_at timestamptz,
                   add column published_by text;
