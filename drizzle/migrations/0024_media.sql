CREATE TYPE "public"."media_kind" AS ENUM('logo', 'photo', 'video', 'document');--> statement-breakpoint
CREATE TYPE "public"."media_status" AS ENUM('pending', 'ready');--> statement-breakpoint
CREATE TABLE "media" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "media_kind" NOT NULL,
	"status" "media_status" DEFAULT 'pending' NOT NULL,
	"content_type" text,
	"bytes" bigint NOT NULL,
	"storage_key" text NOT NULL,
	"thumbnail_key" text,
	"width" integer,
	"height" integer,
	"owner_id" uuid,
	"team_id" integer NOT NULL,
	"player_id" integer,
	"game_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "media_one_subject" CHECK ("media"."player_id" is null or "media"."game_id" is null)
);
--> statement-breakpoint
ALTER TABLE "media" ADD CONSTRAINT "media_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media" ADD CONSTRAINT "media_team_id_bb_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."bb_teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media" ADD CONSTRAINT "media_player_id_bb_players_id_fk" FOREIGN KEY ("player_id") REFERENCES "public"."bb_players"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media" ADD CONSTRAINT "media_game_id_bb_games_id_fk" FOREIGN KEY ("game_id") REFERENCES "public"."bb_games"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "media_team_idx" ON "media" USING btree ("team_id","created_at");--> statement-breakpoint
CREATE INDEX "media_player_idx" ON "media" USING btree ("player_id") WHERE "media"."player_id" is not null;--> statement-breakpoint
CREATE INDEX "media_game_idx" ON "media" USING btree ("game_id") WHERE "media"."game_id" is not null;