CREATE TABLE "learner_contacts" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_id" integer NOT NULL,
	"learner_id" integer NOT NULL,
	"contact_id" integer NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learner_contacts_learner_contact_key" UNIQUE("learner_id","contact_id")
);
--> statement-breakpoint
ALTER TABLE "learner_contacts" ADD CONSTRAINT "learner_contacts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learner_contacts" ADD CONSTRAINT "learner_contacts_learner_fk" FOREIGN KEY ("tenant_id","learner_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learner_contacts" ADD CONSTRAINT "learner_contacts_contact_fk" FOREIGN KEY ("tenant_id","contact_id") REFERENCES "public"."organisation_contacts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "learner_contacts_contact_idx" ON "learner_contacts" USING btree ("contact_id");--> statement-breakpoint
COMMENT ON TABLE "learner_contacts" IS 'A learner''s contacts list: every referrer contact chosen for them is added (and kept when the referrer changes)';--> statement-breakpoint
COMMENT ON COLUMN "learner_contacts"."added_at" IS 'When the contact was first linked to the learner';--> statement-breakpoint
-- Learners who already have a referrer contact start with it on their list.
INSERT INTO "learner_contacts" ("tenant_id", "learner_id", "contact_id")
  SELECT "tenant_id", "id", "referrer_contact_id" FROM "users" WHERE "referrer_contact_id" IS NOT NULL
  ON CONFLICT DO NOTHING;
