import { getTranslations } from "next-intl/server"
import { AccountForm } from "@/components/account/account-form"
import { Notice } from "@/components/feedback/notice"
import { Link } from "@/i18n/navigation"
import type { AccountFormState } from "@/lib/account/account-state"

type NewPasswordSectionProps = {
  action: (previous: AccountFormState, formData: FormData) => Promise<AccountFormState>
  token?: string
  email?: string
  /** Where to ask for a new link when this one is missing. */
  forgotHref: "/account/forgot-password" | "/producer/forgot-password"
}

/** The e-mailed link's form (a new password with the link's token), or why the link does not work. */
export async function NewPasswordSection({ action, token, email, forgotHref }: NewPasswordSectionProps) {
  const t = await getTranslations("Account")
  if (typeof token !== "string" || !token) {
    return (
      <>
        <Notice kind="error">{t("error.linkInvalid")}</Notice>
        <Link href={forgotHref}>{t("forgotLink")}</Link>
      </>
    )
  }
  return (
    <AccountForm
      action={action}
      fields={["email", "password"]}
      passwordKind="new-password"
      submit="savePassword"
      hidden={{ token }}
      initial={{ email: typeof email === "string" ? email : "" }}
    />
  )
}
