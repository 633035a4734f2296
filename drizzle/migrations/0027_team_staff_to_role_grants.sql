-- A coach's teams are now coach grants in role_grants (scope team); copy every team_staff row over.
INSERT INTO "role_grants" ("user_id", "role", "scope_kind", "scope_id", "status", "created_at")
SELECT "user_id", 'coach', 'team', "team_id", 'active', "created_at" FROM "team_staff"
ON CONFLICT ("user_id", "role", "scope_kind", "scope_id") DO NOTHING;--> statement-breakpoint
DROP TABLE "team_staff" CASCADE;
