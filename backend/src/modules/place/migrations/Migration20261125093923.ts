import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125093923 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "province" drop constraint if exists "province_code_unique";`);
    this.addSql(`alter table if exists "commune" drop constraint if exists "commune_code_unique";`);
    this.addSql(`create table if not exists "commune" ("id" text not null, "code" text not null, "name" text not null, "province_code" text not null, "search_name" text not null, "former_districts" jsonb not null, "default_former_district" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commune_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commune_code_unique" ON "commune" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commune_province_code" ON "commune" ("province_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commune_deleted_at" ON "commune" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "former_district" ("id" text not null, "province_code" text not null, "name" text not null, "former_province_name" text not null, "search_name" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "former_district_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_former_district_deleted_at" ON "former_district" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_former_district_province_code_old_province_name" ON "former_district" ("province_code", "former_province_name", "name") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "province" ("id" text not null, "code" text not null, "name" text not null, "place_type" text not null, "search_name" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "province_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_province_code_unique" ON "province" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_province_deleted_at" ON "province" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "commune" cascade;`);

    this.addSql(`drop table if exists "former_district" cascade;`);

    this.addSql(`drop table if exists "province" cascade;`);
  }

}
