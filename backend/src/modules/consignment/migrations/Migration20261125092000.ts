import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Receipt numbers (intakes and counter sales) from one sequence: never two receipts with one number. */
export class Migration20261125092000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create sequence if not exists "ocop_receipt_number_seq" start 1;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop sequence if exists "ocop_receipt_number_seq";`)
  }
}
