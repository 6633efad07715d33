"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState } from "react"
import type { AccountField } from "@/lib/account/account-fields"
import { emptyAccountForm, type AccountFormState } from "@/lib/account/account-state"
import { describedBy, FormField } from "@/components/checkout/form-field"
import styles from "@/components/checkout/checkout.module.css"

type AccountAction = (previous: AccountFormState, formData: FormData) => Promise<AccountFormState>

type AccountFormProps = {
  action: AccountAction
  fields: AccountField[]
  /** `new-password` for registration and reset (the browser offers to make one up), else `current-password`. */
  passwordKind?: "current-password" | "new-password"
  submit: "signIn" | "register" | "sendLink" | "savePassword"
  hidden?: Record<string, string>
  initial?: AccountFormState["values"]
}

const INPUT: Record<AccountField, { type: string; autoComplete?: string }> = {
  email: { type: "email", autoComplete: "email" },
  password: { type: "password" },
  first_name: { type: "text", autoComplete: "given-name" },
  last_name: { type: "text", autoComplete: "family-name" },
  phone: { type: "tel", autoComplete: "tel" },
}

/** Sign-in, registration and the two password-reset forms: the same fields, checked on the server. */
export function AccountForm({
  action,
  fields,
  passwordKind = "current-password",
  submit,
  hidden = {},
  initial = {},
}: AccountFormProps) {
  const t = useTranslations("Account")
  const locale = useLocale()
  const [state, formAction, pending] = useActionState(action, { ...emptyAccountForm, values: initial })
  const hasErrors = Object.keys(state.errors).length > 0

  if (state.sent) {
    return (
      <p role="status" className={styles.note} data-testid="reset-link-sent">
        {t("linkSent", { email: state.values.email ?? "" })}
      </p>
    )
  }
  return (
    <form action={formAction} noValidate className={styles.form}>
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {hasErrors || state.error ? (
        <p role="alert" className={styles.formError}>
          {state.error ? t(`error.${state.error}`, { minutes: state.retryMinutes ?? 1 }) : t("fixFields")}
        </p>
      ) : null}
      {fields.map((field) => {
        const id = `account-${field}`
        const error = state.errors[field] ? t(`fieldError.${state.errors[field]}`) : undefined
        const hint =
          field === "password" && passwordKind === "new-password"
            ? t("passwordHint")
            : field === "phone"
              ? t("phoneHint")
              : undefined
        const input = INPUT[field]
        return (
          <FormField key={field} id={id} label={t(`field.${field}`)} hint={hint} error={error}>
            <input
              id={id}
              name={field}
              type={input.type}
              autoComplete={field === "password" ? passwordKind : input.autoComplete}
              defaultValue={field === "password" ? undefined : state.values[field as keyof AccountFormState["values"]]}
              className={styles.input}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy(id, { hint, error })}
            />
          </FormField>
        )
      })}
      <button type="submit" className={styles.submit} disabled={pending}>
        {pending ? t("working") : t(`submit.${submit}`)}
      </button>
    </form>
  )
}
