CREATE TABLE "prediction_history" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" uuid,
	"request_id" text NOT NULL,
	"endpoint" text NOT NULL,
	"model_name" text NOT NULL,
	"model_version" integer NOT NULL,
	"features" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "prediction_history" ADD CONSTRAINT "prediction_history_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "prediction_history_user_idx" ON "prediction_history" USING btree ("user_id","id");--> statement-breakpoint
CREATE INDEX "prediction_history_request_idx" ON "prediction_history" USING btree ("request_id");