CREATE TABLE "bb_leagues" (
	"id" serial PRIMARY KEY NOT NULL,
	"abbreviation" text NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "bb_leagues_abbr_uq" UNIQUE("abbreviation")
);
--> statement-breakpoint
CREATE TABLE "bb_seasons" (
	"id" serial PRIMARY KEY NOT NULL,
	"league_id" integer NOT NULL,
	"year" integer NOT NULL,
	"label" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bb_player_lines" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"game_id" integer NOT NULL,
	"player_id" integer NOT NULL,
	"team_id" integer NOT NULL,
	"min" numeric(6, 2) NOT NULL,
	"fgm" integer NOT NULL,
	"fga" integer NOT NULL,
	"fg3m" integer NOT NULL,
	"fg3a" integer NOT NULL,
	"ftm" integer NOT NULL,
	"fta" integer NOT NULL,
	"oreb" integer NOT NULL,
	"dreb" integer NOT NULL,
	"reb" integer NOT NULL,
	"ast" integer NOT NULL,
	"stl" integer NOT NULL,
	"blk" integer NOT NULL,
	"turnover" integer NOT NULL,
	"pf" integer NOT NULL,
	"pts" integer NOT NULL,
	"plus_minus" integer
);
--> statement-breakpoint
CREATE TABLE "bb_players" (
	"id" serial PRIMARY KEY NOT NULL,
	"source_id" text NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bb_rosters" (
	"player_id" integer NOT NULL,
	"team_id" integer NOT NULL,
	"season" integer NOT NULL,
	CONSTRAINT "bb_rosters_player_id_team_id_season_pk" PRIMARY KEY("player_id","team_id","season")
);
--> statement-breakpoint
CREATE TABLE "bb_team_lines" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"game_id" integer NOT NULL,
	"team_id" integer NOT NULL,
	"min" integer NOT NULL,
	"fgm" integer NOT NULL,
	"fga" integer NOT NULL,
	"fg3m" integer NOT NULL,
	"fg3a" integer NOT NULL,
	"ftm" integer NOT NULL,
	"fta" integer NOT NULL,
	"oreb" integer NOT NULL,
	"dreb" integer NOT NULL,
	"reb" integer NOT NULL,
	"ast" integer NOT NULL,
	"stl" integer NOT NULL,
	"blk" integer NOT NULL,
	"turnover" integer NOT NULL,
	"pf" integer NOT NULL,
	"pts" integer NOT NULL,
	"plus_minus" integer
);
--> statement-breakpoint
ALTER TABLE "bb_games" ADD COLUMN "venue_known" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "bb_games" ADD COLUMN "winner_team_id" integer;--> statement-breakpoint
ALTER TABLE "bb_teams" ADD COLUMN "name_season" integer;--> statement-breakpoint
ALTER TABLE "bb_teams" ADD COLUMN "conference" text;--> statement-breakpoint
ALTER TABLE "bb_teams" ADD COLUMN "division" text;--> statement-breakpoint
ALTER TABLE "bb_seasons" ADD CONSTRAINT "bb_seasons_league_id_bb_leagues_id_fk" FOREIGN KEY ("league_id") REFERENCES "public"."bb_leagues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bb_player_lines" ADD CONSTRAINT "bb_player_lines_game_id_bb_games_id_fk" FOREIGN KEY ("game_id") REFERENCES "public"."bb_games"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bb_player_lines" ADD CONSTRAINT "bb_player_lines_player_id_bb_players_id_fk" FOREIGN KEY ("player_id") REFERENCES "public"."bb_players"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bb_player_lines" ADD CONSTRAINT "bb_player_lines_team_id_bb_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."bb_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bb_rosters" ADD CONSTRAINT "bb_rosters_player_id_bb_players_id_fk" FOREIGN KEY ("player_id") REFERENCES "public"."bb_players"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bb_rosters" ADD CONSTRAINT "bb_rosters_team_id_bb_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."bb_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bb_team_lines" ADD CONSTRAINT "bb_team_lines_game_id_bb_games_id_fk" FOREIGN KEY ("game_id") REFERENCES "public"."bb_games"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bb_team_lines" ADD CONSTRAINT "bb_team_lines_team_id_bb_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."bb_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bb_seasons_league_year_uq" ON "bb_seasons" USING btree ("league_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "bb_player_lines_game_player_uq" ON "bb_player_lines" USING btree ("game_id","player_id");--> statement-breakpoint
CREATE INDEX "bb_player_lines_player_idx" ON "bb_player_lines" USING btree ("player_id","game_id");--> statement-breakpoint
CREATE INDEX "bb_player_lines_team_idx" ON "bb_player_lines" USING btree ("team_id","game_id");--> statement-breakpoint
CREATE UNIQUE INDEX "bb_players_source_uq" ON "bb_players" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "bb_players_name_idx" ON "bb_players" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "bb_rosters_team_idx" ON "bb_rosters" USING btree ("team_id","season");--> statement-breakpoint
CREATE UNIQUE INDEX "bb_team_lines_game_team_uq" ON "bb_team_lines" USING btree ("game_id","team_id");--> statement-breakpoint
CREATE INDEX "bb_team_lines_team_idx" ON "bb_team_lines" USING btree ("team_id","game_id");--> statement-breakpoint
ALTER TABLE "bb_games" ADD CONSTRAINT "bb_games_winner_team_id_bb_teams_id_fk" FOREIGN KEY ("winner_team_id") REFERENCES "public"."bb_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bb_games_home_idx" ON "bb_games" USING btree ("home_team_id","date");--> statement-breakpoint
CREATE INDEX "bb_games_away_idx" ON "bb_games" USING btree ("away_team_id","date");