import { setRequestLocale } from "next-intl/server"
import { ResetPasswordView } from "@/components/account/password-reset-views"
import { resolveLocale } from "@/i18n/routing"
import { accountMetadata } from "../../account/account-metadata"

type ResetPasswordPageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ token?: string; email?: string }>
}

export const generateMetadata = ({ params }: ResetPasswordPageProps) => accountMetadata(params, "resetTitle")

/** Where the e-mailed link leads a producer member: a new password, with the link's token. */
export default async function ProducerResetPasswordPage({ params, searchParams }: ResetPasswordPageProps) {
  setRequestLocale(resolveLocale((await params).locale))
  const { token, email } = await searchParams
  return <ResetPasswordView actor="producer" token={token} email={email} />
}
