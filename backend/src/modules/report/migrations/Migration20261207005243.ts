import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207005243 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "sales_fact" drop constraint if exists "sales_fact_source_key_unique";`);
    this.addSql(`alter table if exists "promotion_event_product" drop constraint if exists "promotion_event_product_event_id_product_id_unique";`);
    this.addSql(`create table if not exists "promotion_event" ("id" text not null, "name" text not null, "kind" text check ("kind" in ('fair', 'exhibition', 'trade_connection', 'other')) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "province_code" text null, "place" text not null, "organiser" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "promotion_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_promotion_event_starts_at" ON "promotion_event" ("starts_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_promotion_event_deleted_at" ON "promotion_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "promotion_event_product" ("id" text not null, "product_id" text not null, "producer_id" text null, "event_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "promotion_event_product_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_promotion_event_product_product_id" ON "promotion_event_product" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_promotion_event_product_event_id" ON "promotion_event_product" ("event_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_promotion_event_product_deleted_at" ON "promotion_event_product" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_promotion_event_product_event_id_product_id_unique" ON "promotion_event_product" ("event_id", "product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "report_plan" ("id" text not null, "name" text not null, "decision_number" text null, "decision_date" timestamptz null, "province_code" text not null, "period_start" timestamptz not null, "period_end" timestamptz not null, "demo" boolean not null default false, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "report_plan_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_report_plan_province_code" ON "report_plan" ("province_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_report_plan_deleted_at" ON "report_plan" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "report_plan_target" ("id" text not null, "indicator" text check ("indicator" in ('certified_3_star_new', 'certified_3_star_total', 'certified_4_star_total', 'certified_5_star', 'expired_renewed_share', 'producers_total', 'producers_organised_share', 'producers_women_led_share', 'producers_ethnic_minority_share', 'producers_value_chain_share', 'products_at_events_share', 'producers_selling_online_share', 'sales_vnd', 'sales_growth_share', 'tourism_products')) null, "comparison" text check ("comparison" in ('gte', 'gt', 'lte')) null, "value" real null, "deadline" timestamptz not null, "scope_kind" text check ("scope_kind" in ('province', 'district', 'commune')) not null default 'province', "scope_code" text not null, "baseline" real null, "channel" text check ("channel" in ('retail_online', 'wholesale', 'tourism')) null, "text_vi" text not null, "rank" integer not null default 0, "plan_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "report_plan_target_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_report_plan_target_plan_id" ON "report_plan_target" ("plan_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_report_plan_target_deleted_at" ON "report_plan_target" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "sales_fact" ("id" text not null, "source_key" text not null, "kind" text check ("kind" in ('placed', 'cancelled', 'refunded')) not null, "day" text not null, "order_id" text not null, "line_item_id" text not null, "producer_id" text not null, "product_id" text not null, "channel" text check ("channel" in ('retail_online', 'wholesale', 'tourism')) not null, "quantity" integer not null, "amount" numeric not null, "product_group" text null, "product_set" integer null, "stars" integer null, "province_code" text null, "former_district" text null, "commune_code" text null, "legal_form" text null, "women_led" boolean not null default false, "ethnic_minority_led" boolean not null default false, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "sales_fact_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_sales_fact_source_key_unique" ON "sales_fact" ("source_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_fact_order_id" ON "sales_fact" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_fact_product_id" ON "sales_fact" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_fact_deleted_at" ON "sales_fact" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_fact_day" ON "sales_fact" ("day") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_fact_producer_id_day" ON "sales_fact" ("producer_id", "day") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_fact_province_code_day" ON "sales_fact" ("province_code", "day") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "promotion_event_product" add constraint "promotion_event_product_event_id_foreign" foreign key ("event_id") references "promotion_event" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "report_plan_target" add constraint "report_plan_target_plan_id_foreign" foreign key ("plan_id") references "report_plan" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "promotion_event_product" drop constraint if exists "promotion_event_product_event_id_foreign";`);

    this.addSql(`alter table if exists "report_plan_target" drop constraint if exists "report_plan_target_plan_id_foreign";`);

    this.addSql(`drop table if exists "promotion_event" cascade;`);

    this.addSql(`drop table if exists "promotion_event_product" cascade;`);

    this.addSql(`drop table if exists "report_plan" cascade;`);

    this.addSql(`drop table if exists "report_plan_target" cascade;`);

    this.addSql(`drop table if exists "sales_fact" cascade;`);
  }

}
