import { setRequestLocale } from "next-intl/server"
import { ForgotPasswordView } from "@/components/account/password-reset-views"
import { resolveLocale } from "@/i18n/routing"
import { accountMetadata } from "../account-metadata"

type ForgotPasswordPageProps = { params: Promise<{ locale: string }> }

export const generateMetadata = ({ params }: ForgotPasswordPageProps) => accountMetadata(params, "forgotTitle")

export default async function ForgotPasswordPage({ params }: ForgotPasswordPageProps) {
  setRequestLocale(resolveLocale((await params).locale))
  return <ForgotPasswordView actor="customer" />
}
