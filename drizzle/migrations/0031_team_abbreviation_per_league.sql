-- Abbreviations become unique per league for teams created in Statline. Teams created before that
-- which share one with an earlier team of their league get the first free variant (LIN → LIN2, LI3, …)
-- so the index can be built; the oldest team keeps its abbreviation.
DO $$
DECLARE
  t record;
  base text;
  candidate text;
  n int;
BEGIN
  FOR t IN
    SELECT id, league_id, upper(abbreviation) AS abbr
    FROM (
      SELECT id, league_id, abbreviation,
        row_number() OVER (PARTITION BY league_id, upper(abbreviation) ORDER BY id) AS rn
      FROM bb_teams WHERE created_by IS NOT NULL
    ) ranked
    WHERE rn > 1
    ORDER BY id
  LOOP
    n := 2;
    LOOP
      base := left(t.abbr, 5 - length(n::text));
      candidate := base || n;
      EXIT WHEN NOT EXISTS (
        SELECT 1 FROM bb_teams WHERE league_id = t.league_id AND upper(abbreviation) = candidate
      );
      n := n + 1;
    END LOOP;
    UPDATE bb_teams SET abbreviation = candidate WHERE id = t.id;
  END LOOP;
END $$;
--> statement-breakpoint
CREATE UNIQUE INDEX "bb_teams_created_abbr_uq" ON "bb_teams" USING btree ("league_id",upper("abbreviation")) WHERE "bb_teams"."created_by" is not null;
