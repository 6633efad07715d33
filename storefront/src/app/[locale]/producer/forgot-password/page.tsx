import { setRequestLocale } from "next-intl/server"
import { ForgotPasswordView } from "@/components/account/password-reset-views"
import { resolveLocale } from "@/i18n/routing"
import { accountMetadata } from "../../account/account-metadata"

type ForgotPasswordPageProps = { params: Promise<{ locale: string }> }

export const generateMetadata = ({ params }: ForgotPasswordPageProps) => accountMetadata(params, "forgotTitle")

/** A producer member asks for the link to choose a new password. */
export default async function ProducerForgotPasswordPage({ params }: ForgotPasswordPageProps) {
  setRequestLocale(resolveLocale((await params).locale))
  return <ForgotPasswordView actor="producer" />
}
