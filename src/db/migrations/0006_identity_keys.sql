CREATE TABLE "identity_keys" (
	"tenant_id" integer NOT NULL,
	"key" text NOT NULL,
	"user_id" integer NOT NULL,
	"kind" text NOT NULL,
	CONSTRAINT "identity_keys_tenant_key" PRIMARY KEY("tenant_id","key"),
	CONSTRAINT "identity_keys_kind_check" CHECK ("identity_keys"."kind" in ('email', 'username'))
);
--> statement-breakpoint
DROP INDEX "users_tenant_email_key";--> statement-breakpoint
DROP INDEX "users_tenant_username_key";--> statement-breakpoint
ALTER TABLE "identity_keys" ADD CONSTRAINT "identity_keys_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_keys" ADD CONSTRAINT "identity_keys_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "identity_keys_user_idx" ON "identity_keys" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "users_tenant_username_idx" ON "users" USING btree ("tenant_id",lower("username"));--> statement-breakpoint
COMMENT ON TABLE identity_keys IS 'Every sign-in name in use: lower(email) and lower(username) share one namespace per tenant. Fed by the trigger users_identity_keys; never written by the application.';
--> statement-breakpoint
COMMENT ON COLUMN identity_keys.key IS 'lower(email) or lower(username); unique per tenant (identity_keys_tenant_key).';
--> statement-breakpoint
COMMENT ON COLUMN identity_keys.kind IS 'Which column of the user holds the key: email, or username when only the username does.';
--> statement-breakpoint
COMMENT ON COLUMN users.email IS 'Unique per tenant without regard to case, across every type and status, and never another account''s username (identity_keys).';
--> statement-breakpoint
-- Existing accounts: the oldest holder of a key keeps it (sign-in found that one already).
INSERT INTO identity_keys (tenant_id, key, user_id, kind)
SELECT DISTINCT ON (tenant_id, key) tenant_id, key, user_id, kind
FROM (
  SELECT tenant_id, lower(email) AS key, id AS user_id, 'email' AS kind, 0 AS preference
  FROM users WHERE email IS NOT NULL
  UNION ALL
  SELECT tenant_id, lower(username), id, 'username', 1
  FROM users WHERE username IS NOT NULL
) AS names
ORDER BY tenant_id, key, user_id, preference;
--> statement-breakpoint
-- Keeps identity_keys in step with users in the writer's own transaction. A key held by another
-- account raises unique_violation naming identity_keys_tenant_key and the column (email or
-- username), so the application can say which field is taken. ON CONFLICT rather than an
-- exception block: no subtransaction a row, and a concurrent writer of the same key waits for
-- the first to commit, then is refused.
CREATE FUNCTION users_identity_keys() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  name record;
  holder integer;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    DELETE FROM identity_keys
    WHERE user_id = NEW.id
      AND (tenant_id <> NEW.tenant_id
        OR (key IS DISTINCT FROM lower(NEW.email) AND key IS DISTINCT FROM lower(NEW.username)));
  END IF;
  -- Email first: when both columns hold one key, it is reported and kept as the email.
  FOR name IN
    SELECT v.key, v.kind, v.field FROM (VALUES
      (1, lower(NEW.email), 'email', 'email'),
      (2, lower(NEW.username),
        CASE WHEN lower(NEW.username) = lower(NEW.email) THEN 'email' ELSE 'username' END,
        'username')
    ) AS v(n, key, kind, field)
    WHERE v.key IS NOT NULL ORDER BY v.n
  LOOP
    INSERT INTO identity_keys AS k (tenant_id, key, user_id, kind)
    VALUES (NEW.tenant_id, name.key, NEW.id, name.kind)
    ON CONFLICT (tenant_id, key) DO UPDATE SET kind = EXCLUDED.kind WHERE k.user_id = EXCLUDED.user_id;
    IF NOT FOUND THEN
      SELECT user_id INTO holder FROM identity_keys WHERE tenant_id = NEW.tenant_id AND key = name.key;
      IF holder IS DISTINCT FROM NEW.id THEN
        RAISE EXCEPTION 'The % % is already another account''s sign-in name in this tenant.', name.field, name.key
          USING ERRCODE = 'unique_violation', CONSTRAINT = 'identity_keys_tenant_key',
                TABLE = 'users', COLUMN = name.field;
      END IF;
    END IF;
  END LOOP;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER users_identity_keys AFTER INSERT OR UPDATE OF tenant_id, email, username ON users
  FOR EACH ROW EXECUTE FUNCTION users_identity_keys();
