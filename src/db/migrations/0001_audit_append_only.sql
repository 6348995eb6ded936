-- The audit log is append-only: no row is ever changed or removed.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
COMMENT ON TABLE audit_log IS 'Append-only record of sign-ins, failures, lockouts and every change, with before and after.';
--> statement-breakpoint
COMMENT ON COLUMN users.email IS 'Unique per tenant without regard to case, across every type and status.';
--> statement-breakpoint
COMMENT ON COLUMN users.version IS 'Raised on every update; a stale version is refused (409).';
--> statement-breakpoint
COMMENT ON COLUMN user_groups.exclusive IS 'True for learners: at most one group per root hierarchy (partial unique index).';
--> statement-breakpoint
COMMENT ON COLUMN tenants.access_codes_issued IS 'Access-code rows issued; raised atomically and never beyond access_code_limit.';
--> statement-breakpoint
CREATE INDEX users_tenant_email_prefix ON users (tenant_id, lower(email) text_pattern_ops);
