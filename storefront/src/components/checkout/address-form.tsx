"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState, useRef, useState, type FormEvent } from "react"
import {
  readAddressFields,
  validateAddressFields,
  type AddressField,
  type AddressFields,
  type FieldErrors,
} from "@/lib/checkout/address-fields"
import type { AddressFormState } from "@/lib/checkout/checkout-state"
import { saveCheckoutAddress } from "@/lib/data/checkout"
import { saveBookAddress } from "@/lib/data/customer"
import type { Place } from "@/lib/places/types"
import { ProvinceCommuneFields } from "@/components/places/province-commune-fields"
import styles from "./checkout.module.css"
import { describedBy, FormField } from "./form-field"

type AddressFormProps = {
  provinces: Place[]
  initial: AddressFields
  initialCommunes: Place[]
  /** `book`: an address for the customer's address book, without the e-mail and the delivery note. */
  purpose?: "checkout" | "book"
}

const BOOK_LEAVES_OUT: AddressField[] = ["email", "note"]

/** Step 1: contact, and the delivery address from a province, then one of that province's communes. */
export function AddressForm({ provinces, initial, initialCommunes, purpose = "checkout" }: AddressFormProps) {
  const t = useTranslations("Checkout")
  const locale = useLocale()
  const formRef = useRef<HTMLFormElement>(null)
  const [state, formAction, saving] = useActionState(purpose === "book" ? saveBookAddress : saveCheckoutAddress, {
    values: initial,
    errors: {},
  } satisfies AddressFormState)
  // The browser's own check of the last submit, until the server answers it with a new state.
  const [checked, setChecked] = useState<{ of: AddressFormState; errors: FieldErrors } | null>(null)

  const errors = checked?.of === state ? checked.errors : state.errors
  const error = (field: AddressField) => (errors[field] ? t(`fieldError.${errors[field]}`) : undefined)
  const aria = (field: AddressField, hint?: string) => ({
    "aria-invalid": errors[field] ? true : undefined,
    "aria-describedby": describedBy(`address-${field}`, { hint, error: error(field) }),
  })

  // The same checks as the server's, before the round trip; the server checks again.
  function check(event: FormEvent<HTMLFormElement>) {
    const found = validateAddressFields(readAddressFields(new FormData(event.currentTarget)), {
      without: purpose === "book" ? BOOK_LEAVES_OUT : [],
    })
    const first = Object.keys(found)[0]
    setChecked({ of: state, errors: found })
    if (!first) return
    event.preventDefault()
    formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus()
  }

  const hasErrors = Object.keys(errors).length > 0
  return (
    <form ref={formRef} action={formAction} onSubmit={check} noValidate className={styles.form}>
      <input type="hidden" name="locale" value={locale} />
      {hasErrors || state.error ? (
        <p role="alert" className={styles.formError}>
          {state.error && !hasErrors ? t(`error.${state.error}`) : t("fixFields")}
        </p>
      ) : null}

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("contact")}</legend>
        {purpose === "checkout" ? (
          <FormField id="address-email" label={t("email")} error={error("email")}>
            <input
              id="address-email"
              name="email"
              type="email"
              autoComplete="email"
              defaultValue={state.values.email}
              className={styles.input}
              {...aria("email")}
            />
          </FormField>
        ) : null}
        <FormField id="address-phone" label={t("phone")} hint={t("phoneHint")} error={error("phone")}>
          <input
            id="address-phone"
            name="phone"
            type="tel"
            autoComplete="tel"
            inputMode="tel"
            defaultValue={state.values.phone}
            className={styles.input}
            {...aria("phone", t("phoneHint"))}
          />
        </FormField>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("address")}</legend>
        <FormField id="address-name" label={t("name")} error={error("name")}>
          <input
            id="address-name"
            name="name"
            autoComplete="name"
            defaultValue={state.values.name}
            className={styles.input}
            {...aria("name")}
          />
        </FormField>
        <ProvinceCommuneFields
          idPrefix="address"
          provinces={provinces}
          start={{ province_code: state.values.province_code, commune_code: state.values.commune_code }}
          startCommunes={{ province_code: initial.province_code, communes: initialCommunes }}
          answeredCommunes={state.communes && { province_code: state.values.province_code, communes: state.communes }}
          errors={{ province_code: error("province_code"), commune_code: error("commune_code") }}
        />
        <FormField id="address-street" label={t("street")} error={error("street")}>
          <input
            id="address-street"
            name="street"
            autoComplete="address-line1"
            defaultValue={state.values.street}
            className={styles.input}
            {...aria("street")}
          />
        </FormField>
        {purpose === "checkout" ? (
          <FormField id="address-note" label={t("note")} error={error("note")}>
            <textarea
              id="address-note"
              name="note"
              rows={3}
              defaultValue={state.values.note}
              className={styles.input}
              {...aria("note")}
            />
          </FormField>
        ) : null}
      </fieldset>

      <button type="submit" className={styles.submit} disabled={saving}>
        {saving ? t("saving") : purpose === "book" ? t("saveAddress") : t("continue")}
      </button>
    </form>
  )
}
