import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206151409 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer" add column if not exists "wholesale_min_order_value" integer null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "producer" drop column if exists "wholesale_min_order_value";`);
  }

}
