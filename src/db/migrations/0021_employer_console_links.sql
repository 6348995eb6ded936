CREATE INDEX "users_tenant_manager" ON "users" USING btree ("tenant_id","manager_id");--> statement-breakpoint
CREATE INDEX "users_tenant_mentor" ON "users" USING btree ("tenant_id","mentor_id");