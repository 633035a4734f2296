-- Games known only from player logs were stored with no score: their source prints none. A team's
-- score is the sum of its players' points (as lib/basketball/import/write.ts scoreLogGames now
-- writes on import); a sum that contradicts the winner the source states stays unknown.
WITH "sums" AS (
  SELECT "game_id", "team_id", sum("pts")::int AS "pts"
  FROM "bb_player_lines"
  GROUP BY "game_id", "team_id"
)
UPDATE "bb_games" AS g
SET "home_score" = h."pts", "away_score" = a."pts"
FROM "sums" AS h, "sums" AS a
WHERE NOT g."venue_known" AND g."home_score" IS NULL AND g."away_score" IS NULL
  AND h."game_id" = g."id" AND h."team_id" = g."home_team_id"
  AND a."game_id" = g."id" AND a."team_id" = g."away_team_id"
  AND ((h."pts" > a."pts" AND g."winner_team_id" = g."home_team_id")
    OR (a."pts" > h."pts" AND g."winner_team_id" = g."away_team_id"));
