-- A rough data set for timing the insight queries (not the issue's bench with a raw-SQL baseline):
-- 20,000 applications with 50 audit rows each (1,000,000), a decision each and 5 deadlines each.
-- psql -v user=<user uuid> -v committee=<committee uuid> -d <scratch database> -f bench/insight/insight-data.sql
CREATE TEMP TABLE bench_states AS
  SELECT * FROM unnest(ARRAY['draft','intake','description','submittedForAssessment','panelComposition','underReview',
                             'awaitingCommittee','onAgenda','letterDraft','decided.recognised','published.listed']) WITH ORDINALITY AS s(state, n);
INSERT INTO applications (name, organisation, contact_name, contact_email, target_level, created_by, state, snapshot, machine_version, submitted_at)
SELECT 'Bench ' || g, 'Org', 'C', 'c@example.nl', (ARRAY['goed_beschreven','goed_onderbouwd','effectief_eerste'])[1 + g % 3], :'user',
       'published.listed', '{}', 2, timestamptz '2021-01-04 10:00Z' + (g % 1800) * interval '1 day' + interval '7 days'
  FROM generate_series(1, 20000) g;
-- 50 rows per case over 11 states: most rows leave the state as it is (uploads, comments), as in real use.
INSERT INTO audit_events (application_id, actor_kind, event_type, from_state, to_state, application_version, created_at)
SELECT id, 'system', 'BENCH', lag(state) OVER (PARTITION BY id ORDER BY k), state, k + 1, at
  FROM (SELECT a.id, k, s.state, a.submitted_at - interval '7 days' + k * interval '3 days' AS at
          FROM applications a CROSS JOIN generate_series(0, 49) k
          JOIN bench_states s ON s.n = 1 + (k * 11) / 50
         WHERE a.name LIKE 'Bench %') rows;
INSERT INTO decisions (application_id, committee_id, round, verdict, level, panel, departs_from_panel, decided_by, decided_at)
SELECT id, :'committee', 1, 'recognised', 'goed_beschreven', '[]', false, :'user', submitted_at + interval '100 days'
  FROM applications WHERE name LIKE 'Bench %';
INSERT INTO deadlines (application_id, kind, key, assignee_role, due_at, status, met_at, closed_at)
SELECT a.id, (ARRAY['review','coach_feedback','owner_revision','committee_agenda','invitation_response'])[1 + k], 'bench-' || k, 'secretaries',
       a.submitted_at + (k + 1) * interval '10 days', 'met',
       a.submitted_at + (k + 1) * interval '10 days' + (k - 2) * interval '1 day', a.submitted_at + (k + 1) * interval '10 days'
  FROM applications a CROSS JOIN generate_series(0, 4) k WHERE a.name LIKE 'Bench %';
ANALYZE;
