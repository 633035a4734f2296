ALTER TABLE "bb_games" ADD COLUMN "starts_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "bb_games" ADD COLUMN "venue" text;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD COLUMN "league_id" integer;