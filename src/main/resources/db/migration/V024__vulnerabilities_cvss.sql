-- vulnerabilities module: the CVSS base vectors of a vulnerability (v3.1 and v4.0, as CVE JSON 5 metrics and CSAF
-- scores carry both); scores and severities are computed from them, never typed.
alter table vulnerability add column cvss_v3 text check (cvss_v3 like 'CVSS:3.1/%'),
                          add column cvss_v4 text check (cvss_v4 like 'CVSS:4.0/%');
