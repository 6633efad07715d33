import { setRequestLocale } from "next-intl/server"
import { ResetPasswordView } from "@/components/account/password-reset-views"
import { resolveLocale } from "@/i18n/routing"
import { accountMetadata } from "../account-metadata"

type ResetPasswordPageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ token?: string; email?: string }>
}

export const generateMetadata = ({ params }: ResetPasswordPageProps) => accountMetadata(params, "resetTitle")

/** Where the e-mailed link leads: a new password for the account, with the link's token. */
export default async function ResetPasswordPage({ params, searchParams }: ResetPasswordPageProps) {
  setRequestLocale(resolveLocale((await params).locale))
  const { token, email } = await searchParams
  return <ResetPasswordView actor="customer" token={token} email={email} />
}
