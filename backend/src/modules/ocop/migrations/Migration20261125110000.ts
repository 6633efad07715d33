import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Vietnamese full-text search for the search-postgres provider (`language: "simple"`): the
 * `simple` parser keeps every word ("đỏ" would lose its meaning to English stemming) and
 * `unaccent` folds diacritics and đ→d, so "ca phe" finds "cà phê" and "dien bien" "Điện Biên".
 */
export class Migration20261125110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE EXTENSION IF NOT EXISTS unaccent;`)
    this.addSql(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'medusa_search_simple') THEN
          CREATE TEXT SEARCH CONFIGURATION medusa_search_simple (COPY = simple);
          ALTER TEXT SEARCH CONFIGURATION medusa_search_simple
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
        END IF;
      END
      $$;
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TEXT SEARCH CONFIGURATION IF EXISTS medusa_search_simple;`)
  }
}
