CREATE TABLE "bb_live_games" (
	"game_id" integer PRIMARY KEY NOT NULL,
	"last_seq" integer DEFAULT 0 NOT NULL,
	"state" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "bb_player_lines" ALTER COLUMN "min" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "bb_players" ALTER COLUMN "source_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "bb_games" ADD COLUMN "rule_set" text;--> statement-breakpoint
ALTER TABLE "bb_games" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "bb_teams" ADD COLUMN "city" text;--> statement-breakpoint
ALTER TABLE "bb_teams" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "bb_players" ADD COLUMN "first_name" text;--> statement-breakpoint
ALTER TABLE "bb_players" ADD COLUMN "last_name" text;--> statement-breakpoint
ALTER TABLE "bb_players" ADD COLUMN "position" text;--> statement-breakpoint
ALTER TABLE "bb_rosters" ADD COLUMN "jersey_number" integer;--> statement-breakpoint
ALTER TABLE "bb_live_games" ADD CONSTRAINT "bb_live_games_game_id_bb_games_id_fk" FOREIGN KEY ("game_id") REFERENCES "public"."bb_games"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bb_rosters_jersey_uq" ON "bb_rosters" USING btree ("team_id","season","jersey_number");