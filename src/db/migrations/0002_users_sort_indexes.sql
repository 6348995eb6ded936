DROP INDEX "users_tenant_id_surname_first_name_index";--> statement-breakpoint
CREATE INDEX "users_tenant_name_sort" ON "users" USING btree ("tenant_id",lower("surname"),lower("first_name"),"id");--> statement-breakpoint
CREATE INDEX "users_tenant_email_sort" ON "users" USING btree ("tenant_id",lower("email"),"id");--> statement-breakpoint
CREATE INDEX "users_tenant_created_sort" ON "users" USING btree ("tenant_id","created_at","id");