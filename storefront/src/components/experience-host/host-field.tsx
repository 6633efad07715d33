import { useTranslations } from "next-intl"
import type { InputHTMLAttributes } from "react"
import { describedBy, FormField } from "@/components/checkout/form-field"
import styles from "@/components/checkout/checkout.module.css"
import type { HostFormState } from "@/lib/experience-host/host-form-state"

type HostFieldProps = {
  name: string
  label: string
  hint?: string
  state: HostFormState
  idPrefix: string
  multiline?: boolean
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">

/** A text input of a host form with its label, hint and error, refilled from the form's state. */
export function HostField({ name, label, hint, state, idPrefix, multiline, defaultValue, ...input }: HostFieldProps) {
  const t = useTranslations("HostExperiences.fieldError")
  const id = `${idPrefix}-${name}`
  const code = state.errors[name]
  const error = code ? t(code) : undefined
  const value = state.values[name] ?? defaultValue
  const aria = { "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(id, { hint, error }) }
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {multiline ? (
        <textarea
          id={id}
          name={name}
          rows={4}
          defaultValue={value as string | undefined}
          className={styles.input}
          {...aria}
        />
      ) : (
        <input id={id} name={name} defaultValue={value} className={styles.input} {...aria} {...input} />
      )}
    </FormField>
  )
}
