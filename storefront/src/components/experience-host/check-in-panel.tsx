"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState, useRef } from "react"
import checkout from "@/components/checkout/checkout.module.css"
import { describedBy, FormField } from "@/components/checkout/form-field"
import { checkInVoucher } from "@/lib/data/producer-experience-sessions"
import { emptyCheckIn } from "@/lib/experience-host/check-in-state"
import { formatDateTime } from "@/lib/util/date"
import { formatPrice } from "@/lib/util/money"
import { pickLocalized } from "@/lib/util/localized"
import host from "./experience-host.module.css"
import { QrScanner } from "./qr-scanner"

/** The voucher's code, typed or scanned; the answer in role=status (arrived) or role=alert (refused). */
export function CheckInPanel() {
  const t = useTranslations("HostCheckIn")
  const locale = useLocale()
  const [state, formAction, pending] = useActionState(checkInVoucher, emptyCheckIn)
  const form = useRef<HTMLFormElement>(null)
  const input = useRef<HTMLInputElement>(null)
  const arrived = state.answer === "checkedIn" ? state.checkedIn : undefined
  const refused = state.answer && state.answer !== "checkedIn" ? t(`answer.${state.answer}`) : undefined

  // A code read by the camera is sent as if typed, so both ways give the same answer.
  const scanned = (text: string) => {
    if (!input.current || !form.current) return
    input.current.value = text
    form.current.requestSubmit()
  }

  return (
    <>
      <form ref={form} action={formAction} noValidate className={checkout.form}>
        <FormField id="voucher-code" label={t("code")} hint={t("codeHint")}>
          <input
            ref={input}
            id="voucher-code"
            name="code"
            defaultValue={state.typed}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            className={`${checkout.input} ${host.code}`}
            aria-describedby={describedBy("voucher-code", { hint: t("codeHint") })}
          />
        </FormField>
        <button type="submit" className={checkout.submit} disabled={pending}>
          {pending ? t("working") : t("submit")}
        </button>
      </form>
      <div role="status" className={arrived ? `${host.answer} ${host.arrived}` : undefined}>
        {arrived ? (
          <>
            <strong>{t("answer.checkedIn")}</strong>
            <p>{arrived.guest ? t("guest", { name: arrived.guest }) : t("noGuestName")}</p>
            <p>
              {arrived.participants
                .map((type) =>
                  t("participantCount", {
                    count: type.count,
                    name: pickLocalized(type.name_vi, type.name_en, locale) ?? t("participants"),
                  })
                )
                .join(" · ")}
            </p>
            <p>
              {t("session", {
                title: pickLocalized(arrived.title_vi, arrived.title_en, locale) ?? "",
                when: formatDateTime(arrived.starts_at, locale),
              })}
            </p>
            {arrived.due_on_arrival ? (
              <p>
                <strong>{t("dueOnArrival", { amount: formatPrice(arrived.due_on_arrival) })}</strong>
              </p>
            ) : null}
          </>
        ) : null}
      </div>
      <div role="alert" className={refused ? `${host.answer} ${host.refused}` : undefined}>
        {refused}
      </div>
      <QrScanner onCode={scanned} />
    </>
  )
}
