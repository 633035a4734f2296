DROP TABLE "bb_leagues" CASCADE;--> statement-breakpoint
DROP TABLE "bb_seasons" CASCADE;