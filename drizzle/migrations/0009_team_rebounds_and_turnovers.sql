ALTER TABLE "bb_team_lines" ADD COLUMN "team_reb" integer;--> statement-breakpoint
ALTER TABLE "bb_team_lines" ADD COLUMN "team_tov" integer;--> statement-breakpoint
-- Live-scored games wrote team rebounds into the team's REB/OREB/DREB. Official lines are the sum of
-- the players: move what no player was credited with into team_reb / team_tov. Imported lines are
-- official already and their source does not say, so they stay null.
UPDATE "bb_team_lines" AS t
SET "team_reb" = t."reb" - p."reb",
    "team_tov" = t."turnover" - p."turnover",
    "reb" = p."reb",
    "oreb" = p."oreb",
    "dreb" = p."dreb"
FROM (
  SELECT "game_id", "team_id", sum("reb")::int AS "reb", sum("oreb")::int AS "oreb", sum("dreb")::int AS "dreb",
         sum("turnover")::int AS "turnover"
  FROM "bb_player_lines"
  GROUP BY "game_id", "team_id"
) AS p
WHERE p."game_id" = t."game_id" AND p."team_id" = t."team_id"
  AND t."game_id" IN (SELECT "game_id" FROM "bb_live_games");
