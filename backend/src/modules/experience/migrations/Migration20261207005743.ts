import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207005743 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "experience" add column if not exists "deposit_percent" integer null;`)

    this.addSql(
      `alter table if exists "booking" add column if not exists "deposit_total" numeric null, add column if not exists "due_on_arrival" numeric null, add column if not exists "raw_deposit_total" jsonb null, add column if not exists "raw_due_on_arrival" jsonb null;`
    )

    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_experience_session_open_starts_at" ON "experience_session" ("starts_at") WHERE status = 'open' AND deleted_at IS NULL;`
    )

    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_booking_hold_lapsing" ON "booking_hold" ("expires_at") WHERE expires_at IS NOT NULL AND deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "experience" drop column if exists "deposit_percent";`)

    this.addSql(
      `alter table if exists "booking" drop column if exists "deposit_total", drop column if exists "due_on_arrival", drop column if exists "raw_deposit_total", drop column if exists "raw_due_on_arrival";`
    )

    this.addSql(`drop index if exists "IDX_experience_session_open_starts_at";`)

    this.addSql(`drop index if exists "IDX_booking_hold_lapsing";`)
  }
}
