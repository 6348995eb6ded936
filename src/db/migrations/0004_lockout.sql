CREATE TABLE "sign_in_failures" (
	"tenant_id" integer NOT NULL,
	"name" text NOT NULL,
	"failed_sign_ins" integer DEFAULT 0 NOT NULL,
	"locked_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sign_in_failures_tenant_id_name_pk" PRIMARY KEY("tenant_id","name")
);
--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "auto_unlock_minutes" integer;--> statement-breakpoint
ALTER TABLE "sign_in_failures" ADD CONSTRAINT "sign_in_failures_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Thirty re-invitations at once left ten links valid (issue 8): only the newest unused token
-- of a purpose stays usable; older ones are marked used before the index makes it a rule.
UPDATE "user_tokens" SET "used_at" = now()
WHERE "used_at" IS NULL AND "id" NOT IN (
	SELECT max("id") FROM "user_tokens" WHERE "used_at" IS NULL GROUP BY "user_id", "purpose"
);--> statement-breakpoint
CREATE UNIQUE INDEX "user_tokens_one_unused_per_purpose" ON "user_tokens" USING btree ("user_id","purpose") WHERE "user_tokens"."used_at" is null;--> statement-breakpoint
ALTER TABLE "tenants" ADD CONSTRAINT "tenants_auto_unlock_minutes_range" CHECK ("tenants"."auto_unlock_minutes" is null or "tenants"."auto_unlock_minutes" between 1 and 10080);--> statement-breakpoint
COMMENT ON TABLE "sign_in_failures" IS 'Failed sign-ins at usernames no account holds, counted like an account''s so the lockout does not reveal who exists';--> statement-breakpoint
COMMENT ON COLUMN "sign_in_failures"."name" IS 'The username or email as typed, trimmed and lower-cased';--> statement-breakpoint
COMMENT ON COLUMN "sign_in_failures"."locked_at" IS 'When the failures reached the tenant threshold; null while below it';--> statement-breakpoint
COMMENT ON COLUMN "tenants"."auto_unlock_minutes" IS 'Minutes after which a lockout lifts by itself; null: only an unlock lifts it';
