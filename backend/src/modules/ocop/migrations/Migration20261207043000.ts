import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * What the one-pass search provider (`src/modules/search-postgres-ocop`) needs: `fuzzystrmatch`
 * (one-edit typo corrections from the index's vocabulary), `pg_trgm`, and an immutable jsonb →
 * text[] conversion for its generated keyword-array columns.
 */
export class Migration20261207043000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;`)
    this.addSql(`CREATE EXTENSION IF NOT EXISTS pg_trgm;`)
    this.addSql(`
      CREATE OR REPLACE FUNCTION ocop_search_text_array(value jsonb) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE jsonb_typeof(value)
          WHEN 'array' THEN ARRAY(SELECT jsonb_array_elements_text(value))
          WHEN 'null' THEN NULL
          ELSE ARRAY[value #>> '{}']
        END
      $$;
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP FUNCTION IF EXISTS ocop_search_text_array(jsonb);`)
  }
}
