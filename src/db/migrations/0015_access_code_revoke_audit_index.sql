ALTER TABLE "access_codes" ADD COLUMN "revoked_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "audit_log_tenant_id_id_index" ON "audit_log" USING btree ("tenant_id","id");--> statement-breakpoint
COMMENT ON COLUMN access_codes.revoked_at IS 'When an administrator withdrew the unused code; a revoked code can no longer register anyone.';