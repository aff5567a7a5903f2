-- Debtmeter's database on PostgreSQL, schema version 5, as db/migration/V5__application_id.sql. See
-- docs/decisions/0021-own-files-and-damage.md. Stamps the schema as Debtmeter's: where SQLite has
-- the application_id header field, the schema holding Debtmeter's tables gets a comment with the same
-- number (the ASCII of "DbtM", 0x4462744D).

DO $$
BEGIN
    EXECUTE format('COMMENT ON SCHEMA %I IS %L', current_schema(), 'Debtmeter application_id 1147302989');
END;
$$;
