-- Teams created in Statline that already share a name keep it apart by their id, oldest unchanged.
UPDATE "bb_teams" SET "name" = "name" || ' (' || "id" || ')'
WHERE "created_by" IS NOT NULL
  AND "id" NOT IN (SELECT min("id") FROM "bb_teams" WHERE "created_by" IS NOT NULL GROUP BY lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "bb_teams_created_name_uq" ON "bb_teams" USING btree (lower("name")) WHERE "bb_teams"."created_by" is not null;
