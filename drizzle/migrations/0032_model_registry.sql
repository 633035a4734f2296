CREATE TABLE "model_aliases" (
	"name" text NOT NULL,
	"alias" text NOT NULL,
	"version_id" integer NOT NULL,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "model_aliases_name_alias_pk" PRIMARY KEY("name","alias")
);
--> statement-breakpoint
CREATE TABLE "model_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"version" integer NOT NULL,
	"kind" text NOT NULL,
	"task" text NOT NULL,
	"league_id" integer,
	"features" jsonb NOT NULL,
	"training" jsonb NOT NULL,
	"hyperparameters" jsonb NOT NULL,
	"metrics" jsonb NOT NULL,
	"artifact" jsonb NOT NULL,
	"artifact_sha256" text NOT NULL,
	"loaded" boolean DEFAULT false NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "model_aliases" ADD CONSTRAINT "model_aliases_version_id_model_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."model_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_versions" ADD CONSTRAINT "model_versions_league_id_leagues_id_fk" FOREIGN KEY ("league_id") REFERENCES "public"."leagues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_versions" ADD CONSTRAINT "model_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "model_versions_name_version_uq" ON "model_versions" USING btree ("name","version");--> statement-breakpoint
CREATE UNIQUE INDEX "model_versions_default_uq" ON "model_versions" USING btree ("task",coalesce("league_id", 0)) WHERE "model_versions"."is_default";--> statement-breakpoint
CREATE INDEX "model_versions_loaded_idx" ON "model_versions" USING btree ("loaded") WHERE "model_versions"."loaded";