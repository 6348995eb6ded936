ALTER TABLE "change_requests" ADD COLUMN "decided_by" integer;--> statement-breakpoint
ALTER TABLE "change_requests" ADD COLUMN "decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "change_requests" ADD COLUMN "rejection_reason" text;--> statement-breakpoint
ALTER TABLE "change_requests" ADD CONSTRAINT "change_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
COMMENT ON COLUMN "change_requests"."decided_by" IS 'The administrator who approved or rejected the request (never the one who raised it)';--> statement-breakpoint
COMMENT ON COLUMN "change_requests"."decided_at" IS 'When it was approved (and applied) or rejected';--> statement-breakpoint
COMMENT ON COLUMN "change_requests"."rejection_reason" IS 'Why it was rejected, shown to the administrator who raised it';
