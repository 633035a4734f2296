CREATE TYPE "public"."golf_round_status" AS ENUM('in_progress', 'finished');--> statement-breakpoint
CREATE TABLE "golf_achievements" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"round_id" uuid NOT NULL,
	"finished_position" bigint NOT NULL,
	"data" jsonb NOT NULL,
	"seq" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "golf_courses" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"city" text,
	"state" text,
	"country" text,
	"latitude" double precision,
	"longitude" double precision,
	"holes" integer NOT NULL,
	"source_name" text,
	"source_id" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "golf_courses_holes" CHECK ("golf_courses"."holes" in (9, 18))
);
--> statement-breakpoint
CREATE TABLE "golf_golfer_courses" (
	"user_id" uuid NOT NULL,
	"course_id" integer NOT NULL,
	"rounds" integer NOT NULL,
	"complete_rounds" integer NOT NULL,
	"best_gross" integer,
	"best_round_id" uuid,
	"average_gross" double precision,
	"last_played" date NOT NULL,
	CONSTRAINT "golf_golfer_courses_user_id_course_id_pk" PRIMARY KEY("user_id","course_id")
);
--> statement-breakpoint
CREATE TABLE "golf_golfer_rounds" (
	"user_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"date" date NOT NULL,
	"course_id" integer NOT NULL,
	"tee_id" integer NOT NULL,
	"holes_played" integer NOT NULL,
	"complete" boolean NOT NULL,
	"gross" integer NOT NULL,
	"par" integer NOT NULL,
	"putts" integer,
	"fairways_hit" integer NOT NULL,
	"fairways_of" integer NOT NULL,
	"greens_hit" integer NOT NULL,
	"greens_of" integer NOT NULL,
	"penalties" integer NOT NULL,
	"finished_position" bigint NOT NULL,
	CONSTRAINT "golf_golfer_rounds_user_id_round_id_pk" PRIMARY KEY("user_id","round_id")
);
--> statement-breakpoint
CREATE TABLE "golf_golfer_stats" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"rounds" integer NOT NULL,
	"complete_rounds" integer NOT NULL,
	"scoring_average" double precision,
	"best_round_id" uuid,
	"best_gross" integer,
	"average_par3" double precision,
	"average_par4" double precision,
	"average_par5" double precision,
	"distribution" jsonb NOT NULL,
	"recent_fairway_pct" double precision,
	"recent_green_pct" double precision,
	"recent_putts" double precision,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "golf_hole_scores" (
	"round_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"hole" integer NOT NULL,
	"strokes" integer NOT NULL,
	"putts" integer,
	"fairway" text,
	"penalties" integer,
	"sand" boolean,
	"seq" integer NOT NULL,
	CONSTRAINT "golf_hole_scores_round_id_position_hole_pk" PRIMARY KEY("round_id","position","hole")
);
--> statement-breakpoint
CREATE TABLE "golf_posted_scores" (
	"round_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"date" date NOT NULL,
	"course" text NOT NULL,
	"tee" text NOT NULL,
	"holes" integer NOT NULL,
	"gross" integer NOT NULL,
	"ags" integer NOT NULL,
	"course_rating" double precision NOT NULL,
	"slope" integer NOT NULL,
	"pcc" integer,
	"course_handicap" integer,
	"posted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "golf_posted_scores_round_id_user_id_pk" PRIMARY KEY("round_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "golf_round_players" (
	"round_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"user_id" uuid,
	"guest_name" text,
	"gender" text DEFAULT 'men' NOT NULL,
	"handicap_index" double precision,
	"course_handicap" integer,
	"posting_note" text,
	"finish_gross" integer,
	"finish_holes" integer,
	"finish_birdies" integer,
	"finish_eagles" integer,
	CONSTRAINT "golf_round_players_round_id_position_pk" PRIMARY KEY("round_id","position"),
	CONSTRAINT "golf_round_players_position" CHECK ("golf_round_players"."position" between 1 and 4),
	CONSTRAINT "golf_round_players_who" CHECK (("golf_round_players"."user_id" is null) <> ("golf_round_players"."guest_name" is null))
);
--> statement-breakpoint
CREATE TABLE "golf_rounds" (
	"id" uuid PRIMARY KEY NOT NULL,
	"course_id" integer NOT NULL,
	"tee_id" integer NOT NULL,
	"date" date NOT NULL,
	"format" text NOT NULL,
	"status" "golf_round_status" DEFAULT 'in_progress' NOT NULL,
	"created_by" uuid,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"finished_position" bigint
);
--> statement-breakpoint
CREATE TABLE "golf_tees" (
	"id" serial PRIMARY KEY NOT NULL,
	"course_id" integer NOT NULL,
	"name" text NOT NULL,
	"par" integer[] NOT NULL,
	"stroke_index" integer[],
	"stroke_index_women" integer[],
	"yardage" integer[],
	"men_course_rating" double precision,
	"men_slope" integer,
	"women_course_rating" double precision,
	"women_slope" integer,
	"nine_ratings" jsonb,
	CONSTRAINT "golf_tees_men_rating" CHECK (("golf_tees"."men_course_rating" is null) = ("golf_tees"."men_slope" is null)),
	CONSTRAINT "golf_tees_women_rating" CHECK (("golf_tees"."women_course_rating" is null) = ("golf_tees"."women_slope" is null))
);
--> statement-breakpoint
ALTER TABLE "golf_achievements" ADD CONSTRAINT "golf_achievements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "golf_courses" ADD CONSTRAINT "golf_courses_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "golf_golfer_courses" ADD CONSTRAINT "golf_golfer_courses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "golf_golfer_courses" ADD CONSTRAINT "golf_golfer_courses_course_id_golf_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."golf_courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "golf_golfer_rounds" ADD CONSTRAINT "golf_golfer_rounds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "golf_golfer_rounds" ADD CONSTRAINT "golf_golfer_rounds_round_id_golf_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."golf_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "golf_golfer_stats" ADD CONSTRAINT "golf_golfer_stats_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "golf_hole_scores" ADD CONSTRAINT "golf_hole_scores_round_id_golf_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."golf_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "golf_posted_scores" ADD CONSTRAINT "golf_posted_scores_round_id_golf_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."golf_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "golf_posted_scores" ADD CONSTRAINT "golf_posted_scores_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "golf_round_players" ADD CONSTRAINT "golf_round_players_round_id_golf_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."golf_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "golf_round_players" ADD CONSTRAINT "golf_round_players_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "golf_rounds" ADD CONSTRAINT "golf_rounds_course_id_golf_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."golf_courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "golf_rounds" ADD CONSTRAINT "golf_rounds_tee_id_golf_tees_id_fk" FOREIGN KEY ("tee_id") REFERENCES "public"."golf_tees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "golf_rounds" ADD CONSTRAINT "golf_rounds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "golf_tees" ADD CONSTRAINT "golf_tees_course_id_golf_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."golf_courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "golf_achievements_user_idx" ON "golf_achievements" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "golf_achievements_pending_idx" ON "golf_achievements" USING btree ("seq");--> statement-breakpoint
CREATE UNIQUE INDEX "golf_courses_source_uq" ON "golf_courses" USING btree ("source_name","source_id");--> statement-breakpoint
CREATE INDEX "golf_courses_name_idx" ON "golf_courses" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "golf_golfer_rounds_date_idx" ON "golf_golfer_rounds" USING btree ("user_id","date");--> statement-breakpoint
CREATE INDEX "golf_posted_scores_user_idx" ON "golf_posted_scores" USING btree ("user_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "golf_round_players_user_uq" ON "golf_round_players" USING btree ("round_id","user_id");--> statement-breakpoint
CREATE INDEX "golf_round_players_user_idx" ON "golf_round_players" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "golf_rounds_course_idx" ON "golf_rounds" USING btree ("course_id","date");--> statement-breakpoint
CREATE INDEX "golf_rounds_date_idx" ON "golf_rounds" USING btree ("date");--> statement-breakpoint
CREATE UNIQUE INDEX "golf_tees_course_name_uq" ON "golf_tees" USING btree ("course_id","name");