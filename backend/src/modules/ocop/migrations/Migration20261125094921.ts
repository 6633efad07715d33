import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125094921 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_origin" drop constraint if exists "ocop_origin_traceability_code_unique";`);
    this.addSql(`create table if not exists "ocop_certificate" ("id" text not null, "certificate_number" text not null, "decision_number" text not null, "decision_date" timestamptz not null, "issuing_body" text not null, "level" text check ("level" in ('district', 'province', 'central')) not null, "regime_code" text not null, "programme_year" integer not null, "score" integer not null, "stars" integer not null, "product_set" integer not null, "product_group" text not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "revocation_reason" text null, "notified_90_days_at" timestamptz null, "notified_30_days_at" timestamptz null, "notified_expired_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certificate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_decision_date" ON "ocop_certificate" ("decision_date") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_stars" ON "ocop_certificate" ("stars") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_product_set" ON "ocop_certificate" ("product_set") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_product_group" ON "ocop_certificate" ("product_group") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_expires_at" ON "ocop_certificate" ("expires_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_deleted_at" ON "ocop_certificate" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_origin" ("id" text not null, "province_code" text not null, "province_name" text not null, "commune_code" text not null, "commune_name" text not null, "former_district" text null, "growing_area_code" text null, "traceability_code" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_origin_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_origin_province_code" ON "ocop_origin" ("province_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_origin_former_district" ON "ocop_origin" ("former_district") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_origin_traceability_code_unique" ON "ocop_origin" ("traceability_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_origin_deleted_at" ON "ocop_origin" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_certificate" cascade;`);

    this.addSql(`drop table if exists "ocop_origin" cascade;`);
  }

}
