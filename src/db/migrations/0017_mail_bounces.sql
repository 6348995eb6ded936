ALTER TABLE "outbox" DROP CONSTRAINT "outbox_status_check";--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_status_check" CHECK ("outbox"."status" in ('pending', 'sent', 'failed', 'refused', 'bounced'));--> statement-breakpoint
COMMENT ON COLUMN "outbox"."status" IS 'pending, sent, failed (tries spent), refused (the receiving server refused it for good) or bounced (accepted, then returned undelivered: a delivery status notification came back)';
