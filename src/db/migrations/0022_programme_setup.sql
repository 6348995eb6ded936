ALTER TABLE "programmes" ADD COLUMN "advice_packs" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
UPDATE "programmes" SET "advice_packs" = '{standard,professional}'::text[], "default_advice_pack" = coalesce("default_advice_pack", 'standard') WHERE "advice_enabled";--> statement-breakpoint
UPDATE "programmes" SET "default_advice_pack" = NULL WHERE NOT "advice_enabled";--> statement-breakpoint
UPDATE "programmes" SET "reference_digits" = CASE WHEN "reference_digits" < 1 THEN NULL ELSE least("reference_digits", 12) END WHERE "reference_digits" IS NOT NULL;--> statement-breakpoint
UPDATE "programmes" SET "custom_fields" = (SELECT coalesce(jsonb_agg(jsonb_build_object('kind', 'text', 'options', '[]'::jsonb) || "field" ORDER BY "n"), '[]'::jsonb) FROM jsonb_array_elements("custom_fields") WITH ORDINALITY AS f("field", "n"));--> statement-breakpoint
ALTER TABLE "programmes" DROP COLUMN "advice_enabled";--> statement-breakpoint
CREATE UNIQUE INDEX "programmes_tenant_name_key" ON "programmes" USING btree ("tenant_id",lower("name"));--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_default_advice_pack" CHECK (("programmes"."default_advice_pack" is null) = (cardinality("programmes"."advice_packs") = 0) and ("programmes"."default_advice_pack" is null or "programmes"."default_advice_pack" = any("programmes"."advice_packs")));--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_reference_digits" CHECK ("programmes"."reference_digits" is null or "programmes"."reference_digits" between 1 and 12);--> statement-breakpoint
COMMENT ON COLUMN "programmes"."advice_packs" IS 'Advice packs the programme offers its learners (standard, professional); empty: advice is off';--> statement-breakpoint
COMMENT ON COLUMN "programmes"."default_advice_pack" IS 'The pack a learner on Default advice gets; one of advice_packs, null when there are none';--> statement-breakpoint
COMMENT ON COLUMN "programmes"."custom_fields" IS 'Custom learner fields: [{key, label, kind (text, date, choice), options, mandatory}]; values live in users.custom_fields by key';--> statement-breakpoint
COMMENT ON COLUMN "programmes"."reference_prefix" IS 'Reference template prefix; with reference_digits, numbers learners who get the programme without a reference number';--> statement-breakpoint
COMMENT ON COLUMN "programmes"."reference_digits" IS 'Reference template: digits of the zero-padded number after the prefix (1 to 12); null: no template';--> statement-breakpoint
COMMENT ON COLUMN "programmes"."version" IS 'Optimistic concurrency: PATCH /programmes/{id} sends the version it loaded';
