import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The words of the published catalogue, for "Có phải bạn muốn tìm …" when a search finds nothing
 * (src/lib/search-vocabulary.ts). Kept here rather than in the search engine so both providers
 * suggest from the same words. `search_product_word` holds each product's folded words (so a
 * product's refresh replaces its own); `search_word` counts them, and its trigram GiST index
 * finds the indexed word nearest to a mistyped one (`ORDER BY word <-> 'phee' LIMIT 5`) in one
 * index scan, whatever the size of the catalogue.
 */
export class Migration20261207043100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE EXTENSION IF NOT EXISTS pg_trgm;`)
    this.addSql(`
      CREATE TABLE IF NOT EXISTS search_product_word (
        product_id text NOT NULL,
        word text NOT NULL,
        display text NOT NULL,
        PRIMARY KEY (product_id, word)
      );
    `)
    this.addSql(`CREATE INDEX IF NOT EXISTS search_product_word_word ON search_product_word (word, product_id);`)
    this.addSql(`
      CREATE TABLE IF NOT EXISTS search_word (
        word text PRIMARY KEY,
        display text NOT NULL,
        products integer NOT NULL
      );
    `)
    this.addSql(`CREATE INDEX IF NOT EXISTS search_word_trgm ON search_word USING gist (word gist_trgm_ops);`)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TABLE IF EXISTS search_word;`)
    this.addSql(`DROP TABLE IF EXISTS search_product_word;`)
  }
}
