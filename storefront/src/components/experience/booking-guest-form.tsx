"use client"

import { useTranslations } from "next-intl"
import { startTransition, useActionState, useState } from "react"
import type { BookingGuest } from "@ocop/shared"
import controls from "@/components/cart/cart-controls.module.css"
import { updateBookingGuests } from "@/lib/data/experiences"
import type { GuestFormState } from "@/lib/experiences/guest-form"
import type { Nationality } from "@/lib/experiences/nationalities"
import styles from "./experience.module.css"

type BookingGuestFormProps = {
  bookingId: string
  /** How many guest rows to offer; only the lead guest is required. */
  rows: number
  guests: BookingGuest[]
  /** Named on the server: a browser's own country names may differ from the server's and break hydration. */
  nationalities: Nationality[]
}

/**
 * The guests the host must register: Vietnamese guests by name and phone, foreign guests by name,
 * nationality and passport number. Checked here with the backend's own rule before it is sent.
 */
export function BookingGuestForm({ bookingId, rows, guests, nationalities }: BookingGuestFormProps) {
  const t = useTranslations("Experience.guests")
  const [state, formAction, pending] = useActionState(updateBookingGuests, { status: "idle", guests } as GuestFormState)
  const shown = state.guests ?? guests
  const [countries, setCountries] = useState(() =>
    Array.from({ length: rows }, (_, index) => shown[index]?.nationality || "VN")
  )

  return (
    <form
      action={formAction}
      // With the script, the form is sent without React's reset after an action: the guests stay as typed.
      onSubmit={(event) => {
        event.preventDefault()
        const formData = new FormData(event.currentTarget)
        startTransition(() => formAction(formData))
      }}
      noValidate
      className={styles.page}
      aria-labelledby={`guests-${bookingId}`}
    >
      <h3 id={`guests-${bookingId}`}>{t("heading")}</h3>
      <p className={styles.hint}>{t("lead")}</p>
      <input type="hidden" name="booking_id" value={bookingId} />
      <input type="hidden" name="guest_count" value={rows} />
      {countries.map((country, index) => {
        const guest = shown[index]
        const field = (name: string) => `guests[${index}].${name}`
        const inputId = (name: string) => `${bookingId}-${index}-${name}`
        const error = (name: string) => state.errors?.[field(name)]
        const described = (name: string) =>
          error(name) ? { "aria-invalid": true, "aria-describedby": `${inputId(name)}-error` } : {}
        const problem = (name: string) =>
          error(name) ? (
            <span id={`${inputId(name)}-error`} className={styles.fieldError}>
              {t(`error.${error(name)!}`)}
            </span>
          ) : null
        const foreign = country !== "VN"
        return (
          <fieldset key={index} className={styles.guestRow}>
            <legend>{index === 0 ? t("leadGuest") : t("guest", { number: index + 1 })}</legend>
            <label className={styles.field} htmlFor={inputId("name")}>
              {t("name")}
              <input
                id={inputId("name")}
                name={field("name")}
                defaultValue={guest?.name ?? ""}
                autoComplete={index === 0 ? "name" : "off"}
                required={index === 0}
                {...described("name")}
              />
              {problem("name")}
            </label>
            <label className={styles.field} htmlFor={inputId("nationality")}>
              {t("nationality")}
              <select
                id={inputId("nationality")}
                name={field("nationality")}
                value={country}
                onChange={(event) =>
                  setCountries((current) => current.map((value, at) => (at === index ? event.target.value : value)))
                }
                {...described("nationality")}
              >
                {nationalities.map((option) => (
                  <option key={option.code} value={option.code}>
                    {option.name}
                  </option>
                ))}
              </select>
              {problem("nationality")}
            </label>
            {foreign ? (
              <label className={styles.field} htmlFor={inputId("passport_number")}>
                {t("passport")}
                <input
                  id={inputId("passport_number")}
                  name={field("passport_number")}
                  defaultValue={guest?.passport_number ?? ""}
                  autoCapitalize="characters"
                  {...described("passport_number")}
                />
                {problem("passport_number")}
              </label>
            ) : (
              <label className={styles.field} htmlFor={inputId("phone")}>
                {t("phone")}
                <input
                  id={inputId("phone")}
                  name={field("phone")}
                  type="tel"
                  inputMode="tel"
                  defaultValue={guest?.phone ?? ""}
                  autoComplete={index === 0 ? "tel" : "off"}
                  {...described("phone")}
                />
                {problem("phone")}
              </label>
            )}
          </fieldset>
        )
      })}
      <div>
        <button type="submit" className={controls.secondary} disabled={pending}>
          {pending ? t("saving") : t("save")}
        </button>
      </div>
      {state.status === "invalid" ? <p role="alert">{t("fixFields")}</p> : null}
      {state.status === "error" ? <p role="alert">{t("saveError")}</p> : null}
      {state.status === "saved" ? <p role="status">{t("saved")}</p> : <p role="status" />}
    </form>
  )
}
