import { useTranslations } from "next-intl"
import type { CompanyStaffFormState } from "@/lib/data/company-staff"

/** What came of a company form: the refusal in words (alert), or that it went through (status). */
export function FormStatus({
  state,
  doneKey,
}: {
  state: CompanyStaffFormState
  doneKey?: "saved" | "invited" | "requested"
}) {
  const t = useTranslations("CompanyStaff")
  if (state.error) return <p role="alert">{t(`error.${state.error}`)}</p>
  return <p role="status">{state.done && doneKey ? t(`done.${doneKey}`) : null}</p>
}
