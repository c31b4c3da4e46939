-- Schema version 3: what happened to a figure's counted things, its unit, and whether it is a
-- running or aggregate tally. A figure conflict is now only between reports of the same
-- (category, role, unit) from different articles, none of them an aggregate (EventRollup). Figures
-- stored before this version have no role or unit and are not aggregates; re-ingest their
-- articles to get them. AnnalsStore recomputes every event's summary after a migration.
ALTER TABLE figures ADD COLUMN role TEXT;       -- launched | intercepted | hit | destroyed | damaged | lost | on_board, or null
ALTER TABLE figures ADD COLUMN unit TEXT;       -- money: ISO 4217 code (USD); distance: km, mi, ...; percent: %; else null
ALTER TABLE figures ADD COLUMN aggregate INTEGER NOT NULL DEFAULT 0;  -- 1 for a tally ("so far", "since the start of the war")
