ALTER TABLE "golf_courses" ADD COLUMN "client_key" uuid;--> statement-breakpoint
ALTER TABLE "golf_courses" ADD COLUMN "client_hash" text;--> statement-breakpoint
CREATE UNIQUE INDEX "golf_courses_client_key_uq" ON "golf_courses" USING btree ("created_by","client_key");