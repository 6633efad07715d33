import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261206153722 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "quote" ("id" text not null, "company_id" text not null, "customer_id" text not null, "producer_id" text not null, "status" text check ("status" in ('requested', 'answered', 'accepted', 'rejected', 'expired')) not null default 'requested', "wished_delivery_date" timestamptz null, "note" text null, "valid_until" timestamptz null, "reject_reason" text null, "cart_id" text null, "order_ids" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quote_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_company_id" ON "quote" ("company_id") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_quote_producer_id" ON "quote" ("producer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_deleted_at" ON "quote" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "quote_line" ("id" text not null, "variant_id" text not null, "title" text not null, "quantity" integer not null, "unit_price" integer null, "quote_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quote_line_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_quote_line_quote_id" ON "quote_line" ("quote_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_quote_line_deleted_at" ON "quote_line" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "quote_message" ("id" text not null, "author" text check ("author" in ('customer', 'producer')) not null, "author_id" text not null, "body" text not null, "quote_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quote_message_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_quote_message_quote_id" ON "quote_message" ("quote_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_quote_message_deleted_at" ON "quote_message" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "quote_line" add constraint "quote_line_quote_id_foreign" foreign key ("quote_id") references "quote" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "quote_message" add constraint "quote_message_quote_id_foreign" foreign key ("quote_id") references "quote" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "quote_line" drop constraint if exists "quote_line_quote_id_foreign";`)

    this.addSql(`alter table if exists "quote_message" drop constraint if exists "quote_message_quote_id_foreign";`)

    this.addSql(`drop table if exists "quote" cascade;`)

    this.addSql(`drop table if exists "quote_line" cascade;`)

    this.addSql(`drop table if exists "quote_message" cascade;`)
  }
}
