import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125151434 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer" add column if not exists "shipping_fee" integer not null default 30000, add column if not exists "free_shipping_threshold" integer null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "producer" drop column if exists "shipping_fee", drop column if exists "free_shipping_threshold";`);
  }

}
