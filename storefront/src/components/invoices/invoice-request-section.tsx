"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import type { InvoiceBuyer } from "@ocop/shared"
import styles from "@/components/checkout/checkout.module.css"
import { describedBy, FormField } from "@/components/checkout/form-field"
import { ProvinceCommuneFields } from "@/components/places/province-commune-fields"
import { removeInvoiceRequest, saveInvoiceRequest } from "@/lib/data/invoice-requests"
import type { InvoiceRequestField, InvoiceRequestFormState } from "@/lib/invoices/invoice-request-state"
import type { Place } from "@/lib/places/types"
import { InvoiceBuyerDetails } from "./invoice-buyer-details"

type InvoiceRequestSectionProps = {
  buyer: InvoiceBuyer | null
  provinces: Place[]
  /** The communes of the saved request's province. */
  communes: Place[]
}

const TEXT_FIELDS: { name: InvoiceRequestField; type: string; autoComplete: string; inputMode?: "numeric" }[] = [
  { name: "tax_code", type: "text", autoComplete: "off", inputMode: "numeric" },
  { name: "legal_name", type: "text", autoComplete: "organization" },
]

function startingValues(buyer: InvoiceBuyer | null): InvoiceRequestFormState["values"] {
  if (!buyer) return {}
  return {
    tax_code: buyer.tax_code,
    legal_name: buyer.legal_name,
    invoice_street: buyer.street,
    province_code: buyer.province_code,
    commune_code: buyer.commune_code,
    invoice_email: buyer.email,
  }
}

/**
 * The checkout's VAT e-invoice: a verified company's data, read-only (its orders are always invoiced
 * to it); for a consumer, "Xuất hóa đơn công ty", closed until asked for, with the company's tax
 * code, name, address and the e-mail the invoice goes to.
 */
export function InvoiceRequestSection({ buyer, provinces, communes }: InvoiceRequestSectionProps) {
  const t = useTranslations("InvoiceRequest")
  const [state, saveAction, saving] = useActionState(saveInvoiceRequest, {
    values: startingValues(buyer),
    errors: {},
  })
  const [removal, removeAction, removing] = useActionState(removeInvoiceRequest, { values: {}, errors: {} })

  if (buyer?.source === "company") {
    return (
      <section className={styles.fieldset} aria-labelledby="invoice-heading">
        <h3 id="invoice-heading" className={styles.legend}>
          {t("companyHeading")}
        </h3>
        <p className={styles.hint}>{t("companyLead")}</p>
        <InvoiceBuyerDetails buyer={buyer} />
      </section>
    )
  }

  const error = (field: InvoiceRequestField) => {
    const problem = state.errors[field]
    return problem ? t(`fieldError.${problem}`, { field: t(`field.${field}`) }) : undefined
  }
  const requested = Boolean(buyer) && !removal.removed
  const failure = state.error ?? removal.error
  return (
    <details className={styles.fieldset} open={requested || Boolean(state.error)}>
      <summary className={styles.legend}>{t("summary")}</summary>
      <p className={styles.hint}>{t("lead")}</p>
      <form action={saveAction} className={styles.form}>
        {TEXT_FIELDS.map(({ name, ...input }) => (
          <FormField key={name} id={`invoice-${name}`} label={t(`field.${name}`)} error={error(name)}>
            <input
              id={`invoice-${name}`}
              name={name}
              {...input}
              defaultValue={state.values[name]}
              className={styles.input}
              aria-invalid={error(name) ? true : undefined}
              aria-describedby={describedBy(`invoice-${name}`, { error: error(name) })}
            />
          </FormField>
        ))}
        <ProvinceCommuneFields
          idPrefix="invoice"
          provinces={provinces}
          start={{ province_code: state.values.province_code ?? "", commune_code: state.values.commune_code ?? "" }}
          startCommunes={{ province_code: buyer?.province_code ?? "", communes }}
          answeredCommunes={
            state.communes && { province_code: state.values.province_code ?? "", communes: state.communes }
          }
          errors={{ province_code: error("province_code"), commune_code: error("commune_code") }}
        />
        <FormField id="invoice-invoice_street" label={t("field.invoice_street")} error={error("invoice_street")}>
          <input
            id="invoice-invoice_street"
            name="invoice_street"
            autoComplete="street-address"
            defaultValue={state.values.invoice_street}
            className={styles.input}
            aria-invalid={error("invoice_street") ? true : undefined}
            aria-describedby={describedBy("invoice-invoice_street", { error: error("invoice_street") })}
          />
        </FormField>
        <FormField id="invoice-invoice_email" label={t("field.invoice_email")} error={error("invoice_email")}>
          <input
            id="invoice-invoice_email"
            name="invoice_email"
            type="email"
            autoComplete="email"
            defaultValue={state.values.invoice_email}
            className={styles.input}
            aria-invalid={error("invoice_email") ? true : undefined}
            aria-describedby={describedBy("invoice-invoice_email", { error: error("invoice_email") })}
          />
        </FormField>
        {failure ? (
          <p role="alert" className={styles.formError}>
            {t(`error.${failure}`)}
          </p>
        ) : (
          <p role="status">{state.saved ? t("saved") : removal.removed ? t("removed") : null}</p>
        )}
        <button type="submit" className={styles.submit} disabled={saving || removing}>
          {saving ? t("saving") : t("save")}
        </button>
        {requested ? (
          <button type="submit" formAction={removeAction} formNoValidate disabled={saving || removing}>
            {t("remove")}
          </button>
        ) : null}
      </form>
    </details>
  )
}
