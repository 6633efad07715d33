import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261206213850 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "booking_hold" drop constraint if exists "booking_hold_session_id_booking_id_unique";`
    )
    this.addSql(
      `alter table if exists "experience_participant_type" drop constraint if exists "experience_participant_type_variant_id_unique";`
    )
    this.addSql(`alter table if exists "booking" drop constraint if exists "booking_voucher_code_unique";`)
    this.addSql(`alter table if exists "experience" drop constraint if exists "experience_handle_unique";`)
    this.addSql(`alter table if exists "experience" drop constraint if exists "experience_product_id_unique";`)
    this.addSql(
      `create table if not exists "experience" ("id" text not null, "producer_id" text not null, "product_id" text not null, "handle" text not null, "kind" text check ("kind" in ('village_visit', 'homestay', 'farm_tour', 'craft_workshop', 'cooking_class')) not null, "status" text check ("status" in ('pending', 'published', 'rejected', 'archived')) not null default 'pending', "reject_reason" text null, "title_vi" text not null, "title_en" text null, "description_vi" text not null, "description_en" text null, "included" jsonb null, "excluded" jsonb null, "meeting_address" text not null, "meeting_lat" real null, "meeting_lng" real null, "province_code" text null, "commune_code" text null, "duration_minutes" integer not null, "languages" jsonb null, "min_age" integer null, "cancellation_policy" jsonb not null, "cutoff_hours" integer not null default 24, "min_participants" integer not null default 1, "confirmation" text check ("confirmation" in ('instant', 'on_request')) not null default 'instant', "pay_on_arrival" boolean not null default false, "images" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "experience_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_experience_producer_id" ON "experience" ("producer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_experience_product_id_unique" ON "experience" ("product_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_experience_handle_unique" ON "experience" ("handle") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_experience_province_code" ON "experience" ("province_code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_experience_commune_code" ON "experience" ("commune_code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_experience_deleted_at" ON "experience" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "booking" ("id" text not null, "status" text check ("status" in ('held', 'released', 'requested', 'confirmed', 'checked_in', 'cancelled')) not null default 'held', "cart_id" text not null, "customer_id" text null, "order_id" text null, "session_id" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "nights" integer not null default 1, "participants" jsonb not null, "seats" integer not null, "guests" jsonb null, "line_item_ids" jsonb null, "cancellation_policy" jsonb not null, "locale" text not null default 'vi', "voucher_code" text null, "total" numeric null, "refund_amount" numeric null, "cancelled_at" timestamptz null, "cancel_reason" text null, "checked_in_at" timestamptz null, "experience_id" text not null, "raw_total" jsonb null, "raw_refund_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "booking_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_cart_id" ON "booking" ("cart_id") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_booking_customer_id" ON "booking" ("customer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_order_id" ON "booking" ("order_id") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_booking_session_id" ON "booking" ("session_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_booking_voucher_code_unique" ON "booking" ("voucher_code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_booking_experience_id" ON "booking" ("experience_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_booking_deleted_at" ON "booking" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "experience_participant_type" ("id" text not null, "kind" text check ("kind" in ('adult', 'child', 'room', 'group')) not null, "name_vi" text not null, "name_en" text null, "min_age" integer null, "max_age" integer null, "needs_adult" boolean not null default false, "seats" integer not null default 1, "variant_id" text not null, "experience_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "experience_participant_type_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_experience_participant_type_variant_id_unique" ON "experience_participant_type" ("variant_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_experience_participant_type_experience_id" ON "experience_participant_type" ("experience_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_experience_participant_type_deleted_at" ON "experience_participant_type" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "experience_session" ("id" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "capacity" integer not null, "status" text check ("status" in ('open', 'closed', 'cancelled')) not null default 'open', "cancel_reason" text null, "experience_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "experience_session_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_experience_session_experience_id" ON "experience_session" ("experience_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_experience_session_deleted_at" ON "experience_session" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_experience_session_experience_id_starts_at" ON "experience_session" ("experience_id", "starts_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "booking_hold" ("id" text not null, "seats" integer not null, "expires_at" timestamptz null, "session_id" text not null, "booking_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "booking_hold_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_booking_hold_session_id" ON "booking_hold" ("session_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_booking_hold_booking_id" ON "booking_hold" ("booking_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_booking_hold_deleted_at" ON "booking_hold" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_booking_hold_session_id_booking_id_unique" ON "booking_hold" ("session_id", "booking_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "booking" add constraint "booking_experience_id_foreign" foreign key ("experience_id") references "experience" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "experience_participant_type" add constraint "experience_participant_type_experience_id_foreign" foreign key ("experience_id") references "experience" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "experience_session" add constraint "experience_session_experience_id_foreign" foreign key ("experience_id") references "experience" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "booking_hold" add constraint "booking_hold_session_id_foreign" foreign key ("session_id") references "experience_session" ("id") on update cascade;`
    )
    this.addSql(
      `alter table if exists "booking_hold" add constraint "booking_hold_booking_id_foreign" foreign key ("booking_id") references "booking" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "booking" drop constraint if exists "booking_experience_id_foreign";`)

    this.addSql(
      `alter table if exists "experience_participant_type" drop constraint if exists "experience_participant_type_experience_id_foreign";`
    )

    this.addSql(
      `alter table if exists "experience_session" drop constraint if exists "experience_session_experience_id_foreign";`
    )

    this.addSql(`alter table if exists "booking_hold" drop constraint if exists "booking_hold_booking_id_foreign";`)

    this.addSql(`alter table if exists "booking_hold" drop constraint if exists "booking_hold_session_id_foreign";`)

    this.addSql(`drop table if exists "experience" cascade;`)

    this.addSql(`drop table if exists "booking" cascade;`)

    this.addSql(`drop table if exists "experience_participant_type" cascade;`)

    this.addSql(`drop table if exists "experience_session" cascade;`)

    this.addSql(`drop table if exists "booking_hold" cascade;`)
  }
}
