CREATE TYPE "public"."league_level" AS ENUM('pro', 'college', 'high_school', 'youth', 'adult_amateur');--> statement-breakpoint
CREATE TYPE "public"."league_sport" AS ENUM('basketball', 'golf', 'football');--> statement-breakpoint
CREATE TABLE "role_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"scope_kind" text NOT NULL,
	"scope_id" integer NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"granted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "leagues" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"sport" "league_sport" NOT NULL,
	"level" "league_level" NOT NULL,
	"season_format" text DEFAULT 'split' NOT NULL,
	"visibility" text DEFAULT 'public' NOT NULL,
	"rule_set" text,
	"pickup_owner_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "bb_teams_created_name_uq";--> statement-breakpoint
ALTER TABLE "bb_games" ADD COLUMN "league_id" integer;--> statement-breakpoint
ALTER TABLE "bb_teams" ADD COLUMN "league_id" integer;--> statement-breakpoint
-- Today's data moves in: imported teams and their games to the NBA league; teams created in Statline
-- to their creator's "Pickup games" league; each game to its home team's league.
INSERT INTO "leagues" ("slug", "name", "sport", "level", "season_format", "visibility", "rule_set")
  VALUES ('nba', 'NBA', 'basketball', 'pro', 'split', 'public', 'nba');--> statement-breakpoint
INSERT INTO "leagues" ("slug", "name", "sport", "level", "season_format", "visibility", "pickup_owner_id", "created_by")
  SELECT DISTINCT 'pickup-' || replace(created_by::text, '-', ''), 'Pickup games', 'basketball'::league_sport,
         'adult_amateur'::league_level, 'split', 'public', created_by, created_by
  FROM "bb_teams" WHERE created_by IS NOT NULL;--> statement-breakpoint
UPDATE "bb_teams" t SET "league_id" = coalesce(
  (SELECT l.id FROM "leagues" l WHERE l.pickup_owner_id = t.created_by),
  (SELECT l.id FROM "leagues" l WHERE l.slug = 'nba'));--> statement-breakpoint
UPDATE "bb_games" g SET "league_id" = (SELECT t.league_id FROM "bb_teams" t WHERE t.id = g.home_team_id);--> statement-breakpoint
ALTER TABLE "bb_games" ALTER COLUMN "league_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "bb_teams" ALTER COLUMN "league_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "role_grants" ADD CONSTRAINT "role_grants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "role_grants_uq" ON "role_grants" USING btree ("user_id","role","scope_kind","scope_id");--> statement-breakpoint
CREATE INDEX "role_grants_scope_idx" ON "role_grants" USING btree ("scope_kind","scope_id","role");--> statement-breakpoint
CREATE UNIQUE INDEX "leagues_slug_uq" ON "leagues" USING btree (lower("slug"));--> statement-breakpoint
CREATE UNIQUE INDEX "leagues_pickup_owner_uq" ON "leagues" USING btree ("pickup_owner_id");--> statement-breakpoint
ALTER TABLE "bb_games" ADD CONSTRAINT "bb_games_league_id_leagues_id_fk" FOREIGN KEY ("league_id") REFERENCES "public"."leagues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bb_teams" ADD CONSTRAINT "bb_teams_league_id_leagues_id_fk" FOREIGN KEY ("league_id") REFERENCES "public"."leagues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bb_games_league_season_idx" ON "bb_games" USING btree ("league_id","season","date");--> statement-breakpoint
CREATE INDEX "bb_teams_league_idx" ON "bb_teams" USING btree ("league_id");--> statement-breakpoint
CREATE UNIQUE INDEX "bb_teams_created_name_uq" ON "bb_teams" USING btree ("league_id",lower("name")) WHERE "bb_teams"."created_by" is not null;