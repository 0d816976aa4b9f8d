-- vulnerabilities module: PSIRT reviews what the divisions recorded (issue 5: "the division's members record impact
-- and remediations for their products only; PSIRT reviews"). Any later change to the impact or the remediations
-- withdraws the review, so a reviewed table is always the one that was reviewed.
alter table vulnerability add column impact_reviewed_by text,
                          add column impact_reviewed_at timestamptz;
