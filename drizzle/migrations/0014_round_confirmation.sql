ALTER TABLE "golf_round_players" ADD COLUMN "confirmation" text DEFAULT 'confirmed' NOT NULL;--> statement-breakpoint
-- Accounts added to someone else's round that never wrote to it themselves have not confirmed it.
UPDATE "golf_round_players" AS p
SET "confirmation" = 'pending'
FROM "golf_rounds" AS r
WHERE r."id" = p."round_id" AND p."user_id" IS NOT NULL AND p."user_id" IS DISTINCT FROM r."created_by"
  AND NOT EXISTS (
    SELECT 1 FROM "events" AS e
    WHERE e."stream" = 'golf-round:' || p."round_id"::text AND e."actor_id" = p."user_id"
      AND e."type" IN ('hole_scored', 'round_finished')
  );
