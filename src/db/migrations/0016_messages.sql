CREATE TABLE "email_templates" (
	"tenant_id" integer NOT NULL,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"updated_by" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_templates_tenant_id_kind_pk" PRIMARY KEY("tenant_id","kind"),
	CONSTRAINT "email_templates_lengths" CHECK (length("email_templates"."subject") between 1 and 200 and length("email_templates"."body") between 1 and 10000)
);
--> statement-breakpoint
CREATE TABLE "message_recipients" (
	"tenant_id" integer NOT NULL,
	"message_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"outbox_id" integer,
	"skipped" text,
	CONSTRAINT "message_recipients_message_id_user_id_pk" PRIMARY KEY("message_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_id" integer NOT NULL,
	"sent_by" integer NOT NULL,
	"group_id" integer,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"total" integer NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "email_templates" ADD CONSTRAINT "email_templates_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_templates" ADD CONSTRAINT "email_templates_updated_by_fk" FOREIGN KEY ("tenant_id","updated_by") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_recipients" ADD CONSTRAINT "message_recipients_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_recipients" ADD CONSTRAINT "message_recipients_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_recipients" ADD CONSTRAINT "message_recipients_outbox_id_outbox_id_fk" FOREIGN KEY ("outbox_id") REFERENCES "public"."outbox"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_recipients" ADD CONSTRAINT "message_recipients_user_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_sent_by_fk" FOREIGN KEY ("tenant_id","sent_by") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "message_recipients_outbox" ON "message_recipients" USING btree ("outbox_id");--> statement-breakpoint
CREATE INDEX "messages_tenant_sent_by" ON "messages" USING btree ("tenant_id","sent_by");--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_status_check" CHECK ("outbox"."status" in ('pending', 'sent', 'failed', 'refused'));--> statement-breakpoint
COMMENT ON TABLE email_templates IS 'A tenant''s own wording of an email (kind: activation); without a row Roster''s standard wording is sent.';
--> statement-breakpoint
COMMENT ON COLUMN email_templates.body IS 'Plain text with {{placeholders}}; the activation link is always a placeholder, filled in by the server.';
--> statement-breakpoint
COMMENT ON TABLE messages IS 'A message an administrator sent to one user, or to every user of a group they can access (group_id).';
--> statement-breakpoint
COMMENT ON COLUMN messages.group_id IS 'The group it went to; null for one user. No foreign key: a group may be deleted later.';
--> statement-breakpoint
COMMENT ON COLUMN messages.done IS 'Recipients handled so far (an email written, or skipped), for the progress of a group message.';
--> statement-breakpoint
COMMENT ON TABLE message_recipients IS 'One row a recipient of a message, written with the message; the job handles rows without outbox_id or skipped.';
--> statement-breakpoint
COMMENT ON COLUMN message_recipients.outbox_id IS 'The email written for this recipient; null until the job (or the request, for one user) writes it.';
--> statement-breakpoint
COMMENT ON COLUMN message_recipients.skipped IS 'Why no email was written: no_email (no address by then), archived (since), or not_visible (left the sender''s groups).';
--> statement-breakpoint
COMMENT ON COLUMN outbox.status IS 'pending, sent, failed (tries spent) or refused (the receiving server refused the address or message for good).';
