import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125093618 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer" drop constraint if exists "producer_tax_code_unique";`);
    this.addSql(`alter table if exists "producer" drop constraint if exists "producer_handle_unique";`);
    this.addSql(`create table if not exists "producer" ("id" text not null, "name" text not null, "handle" text not null, "legal_form" text check ("legal_form" in ('enterprise', 'cooperative', 'cooperative_group', 'household_business')) not null, "tax_code" text not null, "representative" text not null, "women_led" boolean not null default false, "ethnic_minority_led" boolean not null default false, "ethnic_group" text null, "in_value_chain" boolean not null default false, "phone" text not null, "email" text not null, "province_code" text not null, "commune_code" text not null, "former_district" text null, "street" text null, "story_vi" text null, "story_en" text null, "logo_url" text null, "status" text check ("status" in ('pending', 'active', 'suspended')) not null default 'pending', "status_reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_handle_unique" ON "producer" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_tax_code_unique" ON "producer" ("tax_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_province_code" ON "producer" ("province_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_deleted_at" ON "producer" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "producer" cascade;`);
  }

}
