CREATE TABLE "bb_player_aliases" (
	"id" serial PRIMARY KEY NOT NULL,
	"player_id" integer NOT NULL,
	"source_key" text,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bb_player_merges" (
	"id" serial PRIMARY KEY NOT NULL,
	"kept_player_id" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"merged_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"split_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "bb_player_aliases" ADD CONSTRAINT "bb_player_aliases_player_id_bb_players_id_fk" FOREIGN KEY ("player_id") REFERENCES "public"."bb_players"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bb_player_merges" ADD CONSTRAINT "bb_player_merges_kept_player_id_bb_players_id_fk" FOREIGN KEY ("kept_player_id") REFERENCES "public"."bb_players"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bb_player_aliases_source_uq" ON "bb_player_aliases" USING btree ("source_key");--> statement-breakpoint
CREATE INDEX "bb_player_aliases_player_idx" ON "bb_player_aliases" USING btree ("player_id");