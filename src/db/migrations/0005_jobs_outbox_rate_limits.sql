CREATE TABLE "jobs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer NOT NULL,
	"last_error" text,
	"locked_by" text,
	"locked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "jobs_status_check" CHECK ("jobs"."status" in ('pending', 'running', 'done', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"count" integer NOT NULL,
	"reset_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "message_id" text DEFAULT ('<' || gen_random_uuid() || '@roster.local>') NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "next_attempt_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "jobs_due_idx" ON "jobs" USING btree ("run_at") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "jobs_running_idx" ON "jobs" USING btree ("locked_at") WHERE status = 'running';--> statement-breakpoint
CREATE INDEX "jobs_type_status_idx" ON "jobs" USING btree ("type","status");--> statement-breakpoint
CREATE INDEX "rate_limits_reset_at_idx" ON "rate_limits" USING btree ("reset_at");--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_message_id_unique" UNIQUE("message_id");--> statement-breakpoint
-- Mail waiting from before the job queue existed gets its send job now.
INSERT INTO "jobs" ("type", "payload", "max_attempts")
  SELECT 'send-email', jsonb_build_object('outboxId', "id"), 12 FROM "outbox" WHERE "status" = 'pending';
--> statement-breakpoint
COMMENT ON TABLE jobs IS 'Background jobs: claimed with FOR UPDATE SKIP LOCKED by any worker, retried with backoff.';
--> statement-breakpoint
COMMENT ON COLUMN jobs.payload IS 'Checked against the job type''s zod schema when enqueued and when run.';
--> statement-breakpoint
COMMENT ON COLUMN jobs.attempts IS 'Tries started so far, counted when claimed (a crashed try counts too).';
--> statement-breakpoint
COMMENT ON COLUMN jobs.locked_at IS 'When a worker claimed it; a running job older than the lease is claimed again.';
--> statement-breakpoint
COMMENT ON COLUMN jobs.last_error IS 'Why the latest try failed; kept when the job is given up (status failed).';
--> statement-breakpoint
COMMENT ON TABLE rate_limits IS 'Fixed-window request counters shared by every server (@fastify/rate-limit store).';
--> statement-breakpoint
COMMENT ON COLUMN outbox.message_id IS 'Message-ID fixed when written, so a resend after a crash carries the same one.';
--> statement-breakpoint
COMMENT ON COLUMN outbox.next_attempt_at IS 'When the next try is due while pending; null once sent or given up.';
