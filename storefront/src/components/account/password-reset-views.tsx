import { getTranslations } from "next-intl/server"
import { Notice } from "@/components/feedback/notice"
import { PageHeader } from "@/components/layout/page-header"
import portal from "@/components/producer-portal/portal.module.css"
import { Link } from "@/i18n/navigation"
import { SIGN_IN_PAGE } from "@/lib/account/password-reset"
import type { AuthActor } from "@/lib/auth/emailpass-fetch"
import { requestPasswordReset, resetPassword } from "@/lib/data/customer"
import { requestProducerPasswordReset, resetProducerPassword } from "@/lib/data/producer-account"
import { AccountForm } from "./account-form"
import account from "./account.module.css"

// The customer's pages sit among the account's, the member's among the portal's; both read the account's texts
// ("Quên mật khẩu?") and take their titles from accountMetadata.
const RESET_PAGES = {
  customer: {
    className: `${account.page} ${account.narrow}`,
    forgotHref: "/account/forgot-password",
    askForLink: requestPasswordReset,
    chooseNewPassword: resetPassword,
  },
  producer: {
    className: `${portal.page} ${portal.narrow}`,
    forgotHref: "/producer/forgot-password",
    askForLink: requestProducerPasswordReset,
    chooseNewPassword: resetProducerPassword,
  },
} as const satisfies Record<AuthActor, unknown>

/** A customer or a producer's member asks for the link to choose a new password. */
export async function ForgotPasswordView({ actor }: { actor: AuthActor }) {
  const t = await getTranslations("Account")
  const page = RESET_PAGES[actor]
  return (
    <div className={page.className}>
      <PageHeader title={t("forgotTitle")} lead={t("forgotLead")} />
      <AccountForm action={page.askForLink} fields={["email"]} submit="sendLink" />
      <Link href={SIGN_IN_PAGE[actor]}>{t("signInLink")}</Link>
    </div>
  )
}

type ResetPasswordViewProps = { actor: AuthActor; token?: string; email?: string }

/** Where the e-mailed link leads: a new password with the link's token, or why the link does not work. */
export async function ResetPasswordView({ actor, token, email }: ResetPasswordViewProps) {
  const t = await getTranslations("Account")
  const page = RESET_PAGES[actor]
  return (
    <div className={page.className}>
      <PageHeader title={t("resetTitle")} />
      {typeof token !== "string" || !token ? (
        <>
          <Notice kind="error">{t("error.linkInvalid")}</Notice>
          <Link href={page.forgotHref}>{t("forgotLink")}</Link>
        </>
      ) : (
        <AccountForm
          action={page.chooseNewPassword}
          fields={["email", "password"]}
          passwordKind="new-password"
          submit="savePassword"
          hidden={{ token }}
          initial={{ email: typeof email === "string" ? email : "" }}
        />
      )}
    </div>
  )
}
