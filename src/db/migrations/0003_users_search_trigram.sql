-- The Users grid searches names and emails anywhere in the text (`%q%`); trigram indexes serve
-- that without reading every row. pg_trgm is a trusted extension (PostgreSQL 13+): the
-- database owner may create it; PGlite loads it from its contrib bundle.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX users_search_name_trgm ON users USING gin ((lower(first_name || ' ' || surname)) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX users_search_email_trgm ON users USING gin ((lower(coalesce(email, ''))) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX users_search_preferred_name_trgm ON users USING gin ((lower(coalesce(preferred_name, ''))) gin_trgm_ops);
