import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261206150615 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "company_staff" drop constraint if exists "company_staff_customer_id_unique";`)
    this.addSql(`alter table if exists "company_invite" drop constraint if exists "company_invite_token_unique";`)
    this.addSql(`alter table if exists "company" drop constraint if exists "company_tax_code_unique";`)
    this.addSql(
      `create table if not exists "company" ("id" text not null, "legal_name" text not null, "tax_code" text not null, "household_business" boolean not null default false, "buyer_type" text check ("buyer_type" in ('supermarket', 'shop', 'restaurant_hotel', 'distributor', 'agency_school')) not null, "phone" text not null, "invoice_email" text not null, "invoice_street" text not null, "invoice_province_code" text not null, "invoice_commune_code" text not null, "status" text check ("status" in ('pending', 'verified', 'rejected', 'suspended')) not null default 'pending', "status_reason" text null, "approval_threshold" integer null, "net_terms_days" integer not null default 0, "credit_limit" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "company_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_company_tax_code_unique" ON "company" ("tax_code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_company_deleted_at" ON "company" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "company_address" ("id" text not null, "label" text not null, "recipient" text not null, "phone" text not null, "street" text not null, "province_code" text not null, "commune_code" text not null, "company_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "company_address_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_company_address_company_id" ON "company_address" ("company_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_company_address_deleted_at" ON "company_address" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "company_approval" ("id" text not null, "cart_id" text not null, "requested_by" text not null, "total" integer not null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "decided_by" text null, "decided_at" timestamptz null, "reason" text null, "company_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "company_approval_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_company_approval_cart_id" ON "company_approval" ("cart_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_company_approval_company_id" ON "company_approval" ("company_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_company_approval_deleted_at" ON "company_approval" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "company_invite" ("id" text not null, "email" text not null, "role" text check ("role" in ('admin', 'buyer')) not null default 'buyer', "monthly_spending_limit" integer null, "token" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "company_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "company_invite_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_company_invite_token_unique" ON "company_invite" ("token") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_company_invite_company_id" ON "company_invite" ("company_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_company_invite_deleted_at" ON "company_invite" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "company_staff" ("id" text not null, "customer_id" text not null, "email" text not null, "name" text null, "role" text check ("role" in ('admin', 'buyer')) not null default 'buyer', "monthly_spending_limit" integer null, "company_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "company_staff_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_company_staff_customer_id_unique" ON "company_staff" ("customer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_company_staff_company_id" ON "company_staff" ("company_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_company_staff_deleted_at" ON "company_staff" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "purchase_list" ("id" text not null, "name" text not null, "created_by" text not null, "company_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "purchase_list_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_purchase_list_company_id" ON "purchase_list" ("company_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_purchase_list_deleted_at" ON "purchase_list" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "purchase_list_item" ("id" text not null, "variant_id" text not null, "quantity" integer not null, "list_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "purchase_list_item_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_purchase_list_item_list_id" ON "purchase_list_item" ("list_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_purchase_list_item_deleted_at" ON "purchase_list_item" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "company_address" add constraint "company_address_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "company_approval" add constraint "company_approval_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "company_invite" add constraint "company_invite_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "company_staff" add constraint "company_staff_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "purchase_list" add constraint "purchase_list_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "purchase_list_item" add constraint "purchase_list_item_list_id_foreign" foreign key ("list_id") references "purchase_list" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "company_address" drop constraint if exists "company_address_company_id_foreign";`
    )

    this.addSql(
      `alter table if exists "company_approval" drop constraint if exists "company_approval_company_id_foreign";`
    )

    this.addSql(`alter table if exists "company_invite" drop constraint if exists "company_invite_company_id_foreign";`)

    this.addSql(`alter table if exists "company_staff" drop constraint if exists "company_staff_company_id_foreign";`)

    this.addSql(`alter table if exists "purchase_list" drop constraint if exists "purchase_list_company_id_foreign";`)

    this.addSql(
      `alter table if exists "purchase_list_item" drop constraint if exists "purchase_list_item_list_id_foreign";`
    )

    this.addSql(`drop table if exists "company" cascade;`)

    this.addSql(`drop table if exists "company_address" cascade;`)

    this.addSql(`drop table if exists "company_approval" cascade;`)

    this.addSql(`drop table if exists "company_invite" cascade;`)

    this.addSql(`drop table if exists "company_staff" cascade;`)

    this.addSql(`drop table if exists "purchase_list" cascade;`)

    this.addSql(`drop table if exists "purchase_list_item" cascade;`)
  }
}
