ALTER TABLE "funding_episodes" ADD COLUMN "ukprn" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "main_aim_registration_number" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
-- A UKPRN belongs to providers only; one written before the rule on another kind, or not in
-- the 8-digit form, cannot be kept under the check below.
UPDATE "organisations" SET "ukprn" = NULL
  WHERE "ukprn" IS NOT NULL AND ("type" NOT IN ('own', 'training') OR "ukprn" !~ '^1[0-9]{7}$');--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_ukprn" CHECK ("organisations"."ukprn" is null or ("organisations"."type" in ('own', 'training') and "organisations"."ukprn" ~ '^1[0-9]{7}$'));--> statement-breakpoint
-- Open episodes take the UKPRN of the learner's learning provider, as a change of provider does.
UPDATE "funding_episodes" e SET "ukprn" = o."ukprn"
  FROM "users" u JOIN "organisations" o ON o."id" = u."learning_provider_id" AND o."tenant_id" = u."tenant_id"
  WHERE u."id" = e."learner_id" AND u."tenant_id" = e."tenant_id"
    AND e."status" NOT IN ('Completed', 'Withdrawn');--> statement-breakpoint
COMMENT ON COLUMN "funding_episodes"."ukprn" IS 'UKPRN of the learner''s learning provider; set on open episodes (not Completed or Withdrawn) whenever the provider changes';--> statement-breakpoint
COMMENT ON COLUMN "organisations"."main_aim_registration_number" IS 'Main Aim Registration Number entered in the Add employer organisation dialog; optional';--> statement-breakpoint
COMMENT ON COLUMN "organisations"."archived_at" IS 'When the organisation was archived: it leaves the pickers but stays on the learners that have it; null while in use';--> statement-breakpoint
COMMENT ON COLUMN "organisations"."version" IS 'Raised by every edit; a PATCH with an older version is refused (409 version_conflict)';
