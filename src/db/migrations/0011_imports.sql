CREATE TABLE "import_rows" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tenant_id" integer NOT NULL,
	"import_id" integer NOT NULL,
	"line" integer NOT NULL,
	"values" jsonb NOT NULL,
	"email_key" text,
	"verdict" text,
	"errors" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"matched_user_id" integer,
	"result" text,
	"result_user_id" integer,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "imports" (
	"id" serial PRIMARY KEY NOT NULL,
	"tenant_id" integer NOT NULL,
	"created_by" integer NOT NULL,
	"committed_by" integer,
	"file_name" text NOT NULL,
	"mode" text NOT NULL,
	"default_group_id" integer,
	"send_invitations" boolean NOT NULL,
	"status" text DEFAULT 'uploaded' NOT NULL,
	"columns" jsonb NOT NULL,
	"counts" jsonb DEFAULT '{"create":0,"update":0,"unchanged":0,"error":0}'::jsonb NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"previewed_at" timestamp with time zone,
	"committed_at" timestamp with time zone,
	CONSTRAINT "imports_tenant_id_key" UNIQUE("tenant_id","id"),
	CONSTRAINT "imports_done_le_total" CHECK ("imports"."done" <= "imports"."total")
);
--> statement-breakpoint
ALTER TABLE "import_rows" ADD CONSTRAINT "import_rows_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "import_rows" ADD CONSTRAINT "import_rows_import_same_tenant" FOREIGN KEY ("tenant_id","import_id") REFERENCES "public"."imports"("tenant_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_created_by_same_tenant" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_committed_by_same_tenant" FOREIGN KEY ("tenant_id","committed_by") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "import_rows_import_line" ON "import_rows" USING btree ("import_id","line");
--> statement-breakpoint
CREATE INDEX "import_rows_import_email" ON "import_rows" USING btree ("import_id","email_key");
--> statement-breakpoint
CREATE INDEX "import_rows_import_verdict" ON "import_rows" USING btree ("import_id","verdict","line");
--> statement-breakpoint
CREATE INDEX "imports_tenant_id_created_at_index" ON "imports" USING btree ("tenant_id","created_at");
--> statement-breakpoint
COMMENT ON TABLE "imports" IS 'Bulk uploads of learners from CSV (issue 10): one row an upload, scoped by tenant; its uploader (or an administrator reaching every group) sees it.';
--> statement-breakpoint
COMMENT ON COLUMN "imports"."columns" IS 'The file''s headers in order, each with the learner field it matched (null: unknown column, ignored).';
--> statement-breakpoint
COMMENT ON COLUMN "imports"."status" IS 'uploaded -> previewing -> previewed -> committing -> committed, or failed (a failed commit may be resumed).';
--> statement-breakpoint
COMMENT ON COLUMN "imports"."done" IS 'Rows processed by the running step (preview or commit) of total.';
--> statement-breakpoint
COMMENT ON TABLE "import_rows" IS 'One row a line of an uploaded file: its cells by header, the preview''s verdict and problems by header, and what the commit did (result null until then, so a resumed commit skips what is done).';
--> statement-breakpoint
COMMENT ON COLUMN "import_rows"."email_key" IS 'lower(trim(email)) of the row, to find an email used twice in one file.';
