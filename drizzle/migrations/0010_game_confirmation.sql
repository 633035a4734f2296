ALTER TABLE "bb_games" ADD COLUMN "confirm_team_id" integer;--> statement-breakpoint
ALTER TABLE "bb_games" ADD COLUMN "confirmation" text;--> statement-breakpoint
ALTER TABLE "bb_games" ADD CONSTRAINT "bb_games_confirm_team_id_bb_teams_id_fk" FOREIGN KEY ("confirm_team_id") REFERENCES "public"."bb_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bb_games" ADD CONSTRAINT "bb_games_confirmation" CHECK (("bb_games"."confirm_team_id" is null) = ("bb_games"."confirmation" is null) and "bb_games"."confirmation" in ('pending', 'accepted', 'declined'));--> statement-breakpoint
-- Games a coach already scheduled against a team they do not manage wait for that team's answer,
-- and their lines for it leave the statistics until then (a rebuild agrees: it writes the same).
UPDATE "bb_games" AS g
SET "confirm_team_id" = CASE
      WHEN EXISTS (SELECT 1 FROM "team_staff" s WHERE s."user_id" = g."created_by" AND s."team_id" = g."home_team_id")
      THEN g."away_team_id" ELSE g."home_team_id" END,
    "confirmation" = 'pending'
FROM "users" AS u
WHERE u."id" = g."created_by" AND u."role" <> 'admin'
  AND NOT (
    EXISTS (SELECT 1 FROM "team_staff" s WHERE s."user_id" = g."created_by" AND s."team_id" = g."home_team_id")
    AND EXISTS (SELECT 1 FROM "team_staff" s WHERE s."user_id" = g."created_by" AND s."team_id" = g."away_team_id")
  );
--> statement-breakpoint
DELETE FROM "bb_player_lines" AS l USING "bb_games" AS g
WHERE l."game_id" = g."id" AND g."confirmation" = 'pending' AND l."team_id" = g."confirm_team_id";
--> statement-breakpoint
DELETE FROM "bb_team_lines" AS l USING "bb_games" AS g
WHERE l."game_id" = g."id" AND g."confirmation" = 'pending' AND l."team_id" = g."confirm_team_id";
