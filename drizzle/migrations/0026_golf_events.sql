CREATE TABLE "golf_event_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"gender" text DEFAULT 'men' NOT NULL,
	"handicap_index" double precision,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "golf_event_group_entries" (
	"group_id" integer NOT NULL,
	"event_id" integer NOT NULL,
	"round_number" integer NOT NULL,
	"entry_id" integer NOT NULL,
	"position" integer NOT NULL,
	"playing_handicap" integer,
	CONSTRAINT "golf_event_group_entries_group_id_position_pk" PRIMARY KEY("group_id","position")
);
--> statement-breakpoint
CREATE TABLE "golf_event_groups" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"round_number" integer NOT NULL,
	"tee_time" timestamp with time zone,
	"starting_hole" integer DEFAULT 1 NOT NULL,
	"round_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "golf_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"league_id" integer,
	"course_id" integer NOT NULL,
	"tee_id" integer NOT NULL,
	"start_date" date NOT NULL,
	"format" text NOT NULL,
	"allowance" double precision NOT NULL,
	"rounds" integer NOT NULL,
	"cut_after_round" integer,
	"cut_top" integer,
	"scorer_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "golf_events_rounds" CHECK ("golf_events"."rounds" between 1 and 8),
	CONSTRAINT "golf_events_cut" CHECK (("golf_events"."cut_after_round" is null) = ("golf_events"."cut_top" is null) and ("golf_events"."cut_after_round" is null or "golf_events"."cut_after_round" < "golf_events"."rounds"))
);
--> statement-breakpoint
ALTER TABLE "golf_event_entries" ADD CONSTRAINT "golf_event_entries_event_id_golf_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."golf_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "golf_event_entries" ADD CONSTRAINT "golf_event_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "golf_event_group_entries" ADD CONSTRAINT "golf_event_group_entries_group_id_golf_event_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."golf_event_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "golf_event_group_entries" ADD CONSTRAINT "golf_event_group_entries_entry_id_golf_event_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."golf_event_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "golf_event_groups" ADD CONSTRAINT "golf_event_groups_event_id_golf_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."golf_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "golf_event_groups" ADD CONSTRAINT "golf_event_groups_round_id_golf_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."golf_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "golf_events" ADD CONSTRAINT "golf_events_league_id_leagues_id_fk" FOREIGN KEY ("league_id") REFERENCES "public"."leagues"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "golf_events" ADD CONSTRAINT "golf_events_course_id_golf_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."golf_courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "golf_events" ADD CONSTRAINT "golf_events_tee_id_golf_tees_id_fk" FOREIGN KEY ("tee_id") REFERENCES "public"."golf_tees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "golf_events" ADD CONSTRAINT "golf_events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "golf_event_entries_user_uq" ON "golf_event_entries" USING btree ("event_id","user_id");--> statement-breakpoint
CREATE INDEX "golf_event_entries_event_idx" ON "golf_event_entries" USING btree ("event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "golf_event_group_entries_once_uq" ON "golf_event_group_entries" USING btree ("event_id","round_number","entry_id");--> statement-breakpoint
CREATE UNIQUE INDEX "golf_event_groups_round_uq" ON "golf_event_groups" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "golf_event_groups_event_idx" ON "golf_event_groups" USING btree ("event_id","round_number");--> statement-breakpoint
CREATE INDEX "golf_events_league_idx" ON "golf_events" USING btree ("league_id","start_date");--> statement-breakpoint
CREATE INDEX "golf_events_date_idx" ON "golf_events" USING btree ("start_date");