import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203162648 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ocop_certificate_request" ("id" text not null, "product_id" text not null, "producer_id" text not null, "file_url" text not null, "file_key" text not null, "file_name" text not null, "mime_type" text not null, "note" text null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "reason" text null, "reviewed_at" timestamptz null, "certificate_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certificate_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_request_product_id" ON "ocop_certificate_request" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_request_producer_id" ON "ocop_certificate_request" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_request_deleted_at" ON "ocop_certificate_request" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_certificate_request" cascade;`);
  }

}
