import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206153410 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "invoice_payment" drop constraint if exists "invoice_payment_statement_line_key_unique";`);
    this.addSql(`alter table if exists "invoice" drop constraint if exists "invoice_reference_unique";`);
    this.addSql(`alter table if exists "invoice" drop constraint if exists "invoice_order_id_unique";`);
    this.addSql(`create table if not exists "invoice" ("id" text not null, "company_id" text not null, "order_id" text not null, "parent_order_id" text not null, "producer_id" text not null, "reference" text not null, "amount" integer not null, "paid_amount" integer not null default 0, "issued_at" timestamptz not null, "due_at" timestamptz null, "paid_at" timestamptz null, "status" text check ("status" in ('open', 'paid', 'cancelled')) not null default 'open', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoice_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_company_id" ON "invoice" ("company_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_order_id_unique" ON "invoice" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_parent_order_id" ON "invoice" ("parent_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_producer_id" ON "invoice" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_reference_unique" ON "invoice" ("reference") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_deleted_at" ON "invoice" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "invoice_payment" ("id" text not null, "amount" integer not null, "statement_line_key" text not null, "description" text not null, "recorded_by" text null, "invoice_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoice_payment_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_payment_statement_line_key_unique" ON "invoice_payment" ("statement_line_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_payment_invoice_id" ON "invoice_payment" ("invoice_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_payment_deleted_at" ON "invoice_payment" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "invoice_payment" add constraint "invoice_payment_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "invoice_payment" drop constraint if exists "invoice_payment_invoice_id_foreign";`);

    this.addSql(`drop table if exists "invoice" cascade;`);

    this.addSql(`drop table if exists "invoice_payment" cascade;`);
  }

}
