CREATE TYPE "public"."fb_pass_result" AS ENUM('complete', 'incomplete', 'interception', 'sack');--> statement-breakpoint
CREATE TYPE "public"."fb_play_type" AS ENUM('pass', 'run', 'punt', 'field_goal', 'kickoff', 'extra_point', 'two_point', 'penalty', 'no_play', 'qb_kneel', 'qb_spike', 'other');--> statement-breakpoint
CREATE TYPE "public"."fb_season_type" AS ENUM('pre', 'reg', 'post');--> statement-breakpoint
CREATE TABLE "fb_defensive_metrics" (
	"season" integer NOT NULL,
	"game_id" integer NOT NULL,
	"play_id" integer NOT NULL,
	"player_id" integer NOT NULL,
	"pressure" boolean DEFAULT false NOT NULL,
	"hurry" boolean DEFAULT false NOT NULL,
	"hit" boolean DEFAULT false NOT NULL,
	"sack" boolean DEFAULT false NOT NULL,
	"primary_defender" boolean DEFAULT false NOT NULL,
	"coverage" text,
	CONSTRAINT "fb_defensive_metrics_season_game_id_play_id_player_id_pk" PRIMARY KEY("season","game_id","play_id","player_id")
);
--> statement-breakpoint
CREATE TABLE "fb_games" (
	"id" serial PRIMARY KEY NOT NULL,
	"league_id" integer NOT NULL,
	"source_id" text NOT NULL,
	"season" integer NOT NULL,
	"week" smallint NOT NULL,
	"season_type" "fb_season_type" NOT NULL,
	"date" date NOT NULL,
	"home_team_id" integer NOT NULL,
	"visitor_team_id" integer NOT NULL,
	"home_score" smallint,
	"visitor_score" smallint,
	"status" text DEFAULT 'final' NOT NULL,
	"stadium" text,
	"roof" text,
	"surface" text,
	"weather" text,
	"temperature_f" smallint,
	"source_hash" text,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fb_play_participants" (
	"season" integer NOT NULL,
	"game_id" integer NOT NULL,
	"play_id" integer NOT NULL,
	"player_id" integer NOT NULL,
	"side" text NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "fb_play_participants_season_game_id_play_id_player_id_role_pk" PRIMARY KEY("season","game_id","play_id","player_id","role")
);
--> statement-breakpoint
CREATE TABLE "fb_players" (
	"id" serial PRIMARY KEY NOT NULL,
	"league_id" integer NOT NULL,
	"source_id" text NOT NULL,
	"name" text NOT NULL,
	"position" text,
	"height_inches" smallint,
	"weight_lbs" smallint,
	"college" text,
	"entry_year" smallint
);
--> statement-breakpoint
CREATE TABLE "fb_plays" (
	"season" integer NOT NULL,
	"game_id" integer NOT NULL,
	"play_id" integer NOT NULL,
	"drive" smallint,
	"quarter" smallint NOT NULL,
	"quarter_seconds" smallint,
	"half_seconds" smallint,
	"game_seconds" smallint,
	"down" smallint,
	"distance" smallint,
	"yardline_100" smallint,
	"goal_to_go" boolean DEFAULT false NOT NULL,
	"offense_team_id" integer,
	"defense_team_id" integer,
	"home_score_before" smallint NOT NULL,
	"visitor_score_before" smallint NOT NULL,
	"home_score_after" smallint NOT NULL,
	"visitor_score_after" smallint NOT NULL,
	"score_diff" smallint,
	"play_type" "fb_play_type" NOT NULL,
	"pass_result" "fb_pass_result",
	"yards_gained" smallint DEFAULT 0 NOT NULL,
	"touchdown" boolean DEFAULT false NOT NULL,
	"turnover" boolean DEFAULT false NOT NULL,
	"penalty" boolean DEFAULT false NOT NULL,
	"first_down" boolean DEFAULT false NOT NULL,
	"success" boolean,
	"explosive" boolean DEFAULT false NOT NULL,
	"formation" text,
	"personnel" jsonb,
	"personnel_code" text,
	"defense_personnel" jsonb,
	"defenders_in_box" smallint,
	"pass_rushers" smallint,
	"ep" real,
	"epa" real,
	"wp" real,
	"wpa" real,
	"source_ep" real,
	"source_epa" real,
	"source_wp" real,
	"source_wpa" real,
	"description" text,
	CONSTRAINT "fb_plays_season_game_id_play_id_pk" PRIMARY KEY("season","game_id","play_id")
) PARTITION BY LIST ("season");
--> statement-breakpoint
-- Hand-added: Drizzle cannot declare partitioning. Each season gets its own partition when its first play
-- is imported (lib/football/partitions.ts); this one catches a season no one made a partition for.
CREATE TABLE "fb_plays_default" PARTITION OF "fb_plays" DEFAULT;
--> statement-breakpoint
CREATE TABLE "fb_team_abbreviations" (
	"league_id" integer NOT NULL,
	"abbreviation" text NOT NULL,
	"team_id" integer NOT NULL,
	"first_season" integer,
	"last_season" integer,
	CONSTRAINT "fb_team_abbreviations_league_id_abbreviation_pk" PRIMARY KEY("league_id","abbreviation")
);
--> statement-breakpoint
CREATE TABLE "fb_teams" (
	"id" serial PRIMARY KEY NOT NULL,
	"league_id" integer NOT NULL,
	"abbreviation" text NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "fb_defensive_metrics" ADD CONSTRAINT "fb_defensive_metrics_player_id_fb_players_id_fk" FOREIGN KEY ("player_id") REFERENCES "public"."fb_players"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fb_games" ADD CONSTRAINT "fb_games_league_id_leagues_id_fk" FOREIGN KEY ("league_id") REFERENCES "public"."leagues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fb_games" ADD CONSTRAINT "fb_games_home_team_id_fb_teams_id_fk" FOREIGN KEY ("home_team_id") REFERENCES "public"."fb_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fb_games" ADD CONSTRAINT "fb_games_visitor_team_id_fb_teams_id_fk" FOREIGN KEY ("visitor_team_id") REFERENCES "public"."fb_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fb_play_participants" ADD CONSTRAINT "fb_play_participants_player_id_fb_players_id_fk" FOREIGN KEY ("player_id") REFERENCES "public"."fb_players"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fb_players" ADD CONSTRAINT "fb_players_league_id_leagues_id_fk" FOREIGN KEY ("league_id") REFERENCES "public"."leagues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fb_plays" ADD CONSTRAINT "fb_plays_game_id_fb_games_id_fk" FOREIGN KEY ("game_id") REFERENCES "public"."fb_games"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fb_team_abbreviations" ADD CONSTRAINT "fb_team_abbreviations_league_id_leagues_id_fk" FOREIGN KEY ("league_id") REFERENCES "public"."leagues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fb_team_abbreviations" ADD CONSTRAINT "fb_team_abbreviations_team_id_fb_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."fb_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fb_teams" ADD CONSTRAINT "fb_teams_league_id_leagues_id_fk" FOREIGN KEY ("league_id") REFERENCES "public"."leagues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fb_defensive_player_idx" ON "fb_defensive_metrics" USING btree ("player_id","season");--> statement-breakpoint
CREATE UNIQUE INDEX "fb_games_source_uq" ON "fb_games" USING btree ("league_id","source_id");--> statement-breakpoint
CREATE INDEX "fb_games_season_week_idx" ON "fb_games" USING btree ("league_id","season","week");--> statement-breakpoint
CREATE INDEX "fb_games_home_idx" ON "fb_games" USING btree ("home_team_id","season");--> statement-breakpoint
CREATE INDEX "fb_games_visitor_idx" ON "fb_games" USING btree ("visitor_team_id","season");--> statement-breakpoint
CREATE INDEX "fb_games_date_brin" ON "fb_games" USING brin ("date");--> statement-breakpoint
CREATE INDEX "fb_participants_player_idx" ON "fb_play_participants" USING btree ("player_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fb_players_source_uq" ON "fb_players" USING btree ("league_id","source_id");--> statement-breakpoint
CREATE INDEX "fb_players_name_idx" ON "fb_players" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "fb_plays_offense_idx" ON "fb_plays" USING btree ("offense_team_id","season","down","distance");--> statement-breakpoint
CREATE INDEX "fb_plays_defense_idx" ON "fb_plays" USING btree ("defense_team_id","season","down","distance");--> statement-breakpoint
CREATE INDEX "fb_plays_game_idx" ON "fb_plays" USING btree ("game_id","play_id");--> statement-breakpoint
CREATE INDEX "fb_plays_personnel_gin" ON "fb_plays" USING gin ("personnel");--> statement-breakpoint
CREATE INDEX "fb_plays_formation_idx" ON "fb_plays" USING btree ("offense_team_id","formation","personnel_code") WHERE "fb_plays"."formation" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "fb_teams_league_abbr_uq" ON "fb_teams" USING btree ("league_id","abbreviation");--> statement-breakpoint
-- Imported NFL data (Big Data Bowl, nflscrapR) goes to this league, as NBA data goes to "nba".
INSERT INTO "leagues" ("slug", "name", "sport", "level", "season_format", "visibility")
  VALUES ('nfl', 'NFL', 'football', 'pro', 'calendar', 'public');
