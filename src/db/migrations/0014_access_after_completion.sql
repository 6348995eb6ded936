ALTER TABLE "funding_episodes" ADD COLUMN "completed_on" date;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "access_after_completion_days" integer;--> statement-breakpoint
ALTER TABLE "tenants" ADD CONSTRAINT "tenants_access_after_completion_days_range" CHECK ("tenants"."access_after_completion_days" is null or "tenants"."access_after_completion_days" between 0 and 3650);