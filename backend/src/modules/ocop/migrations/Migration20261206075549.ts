import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206075549 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_certificate_request" drop column if exists "file_url";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_certificate_request" add column if not exists "file_url" text null;`);
  }

}
