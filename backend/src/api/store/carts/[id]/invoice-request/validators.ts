import { z } from "@medusajs/framework/zod"
import { isValidInvoiceTaxCode } from "@ocop/shared"
import { addressText, nameText } from "../../../../text-fields"

/** A consumer's company invoice: who the invoice is made out to, where, and where it is e-mailed. */
export const StoreInvoiceRequest = z
  .object({
    legal_name: nameText("legal_name").trim().min(2, "legal_name must have at least 2 characters"),
    tax_code: z
      .string({ error: "tax_code is required" })
      .trim()
      .refine(
        isValidInvoiceTaxCode,
        "tax_code must be a 10-digit tax code with a valid check digit (10-3 for a branch) or a 12-digit personal id"
      ),
    invoice_email: z
      .string({ error: "invoice_email is required" })
      .trim()
      .email("invoice_email is not a valid e-mail address"),
    invoice_street: addressText("invoice_street").trim().min(3, "invoice_street must have at least 3 characters"),
    invoice_province_code: z
      .string({ error: "invoice_province_code is required" })
      .regex(/^\d{2}$/, "invoice_province_code must be two digits"),
    invoice_commune_code: z
      .string({ error: "invoice_commune_code is required" })
      .regex(/^\d{5}$/, "invoice_commune_code must be five digits"),
  })
  .strict()
export type StoreInvoiceRequestType = z.infer<typeof StoreInvoiceRequest>
