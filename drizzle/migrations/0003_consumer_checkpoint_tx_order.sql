ALTER TABLE "consumer_checkpoints" ADD COLUMN "tx_id" "xid8" DEFAULT '0'::xid8 NOT NULL;--> statement-breakpoint
CREATE INDEX "events_tx_position_idx" ON "events" USING btree ("tx_id","position");