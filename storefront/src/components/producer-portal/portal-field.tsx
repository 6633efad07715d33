import { useTranslations } from "next-intl"
import type { InputHTMLAttributes } from "react"
import { describedBy, FormField } from "@/components/checkout/form-field"
import styles from "@/components/checkout/checkout.module.css"

/** Where a form's error codes are worded: the portal's forms, or the host's experience pages. */
type FieldErrorMessages = "ProducerPortal.fieldError" | "HostExperiences.fieldError"

export type PortalFieldProps = {
  /** The input's name; `errorKey` when the state names its error differently (a pack's row). */
  name: string
  errorKey?: string
  label: string
  hint?: string
  /** A portal or host form's state (PortalFormState, HostFormState): what was typed and its error codes. */
  state: { values: Record<string, string>; errors: Record<string, string> }
  errorMessages?: FieldErrorMessages
  idPrefix: string
  multiline?: boolean
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">

/** A text input with its label, hint and error, refilled from the form's state after a refused submit. */
export function PortalField({
  name,
  errorKey = name,
  label,
  hint,
  state,
  errorMessages = "ProducerPortal.fieldError",
  idPrefix,
  multiline,
  defaultValue,
  ...input
}: PortalFieldProps) {
  const t = useTranslations(errorMessages)
  const id = `${idPrefix}-${errorKey}`
  const code = state.errors[errorKey]
  // Each state's codes are keys of its own messages (PortalFieldError, HostFieldError).
  const error = code ? t(code as Parameters<typeof t>[0]) : undefined
  const value = state.values[errorKey] ?? defaultValue
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
