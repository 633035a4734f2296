CREATE TABLE "golf_golfer_records" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "golf_courses" ADD COLUMN "client_key" uuid;--> statement-breakpoint
ALTER TABLE "golf_courses" ADD COLUMN "client_hash" text;--> statement-breakpoint
ALTER TABLE "golf_round_players" ADD COLUMN "posting_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "golf_golfer_records" ADD CONSTRAINT "golf_golfer_records_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "golf_courses_client_key_uq" ON "golf_courses" USING btree ("created_by","client_key");