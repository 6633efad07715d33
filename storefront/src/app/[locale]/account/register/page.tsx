import { getTranslations, setRequestLocale } from "next-intl/server"
import { AccountForm } from "@/components/account/account-form"
import styles from "@/components/account/account.module.css"
import { PageHeader } from "@/components/layout/page-header"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { register } from "@/lib/data/customer"
import { accountMetadata } from "../account-metadata"

type RegisterPageProps = { params: Promise<{ locale: string }> }

export const generateMetadata = ({ params }: RegisterPageProps) => accountMetadata(params, "registerTitle")

export default async function RegisterPage({ params }: RegisterPageProps) {
  setRequestLocale(resolveLocale((await params).locale))
  const t = await getTranslations("Account")
  return (
    <div className={`${styles.page} ${styles.narrow}`}>
      <PageHeader title={t("registerTitle")} lead={t("registerLead")} />
      <AccountForm
        action={register}
        fields={["first_name", "last_name", "email", "phone", "password"]}
        passwordKind="new-password"
        submit="register"
      />
      <div className={styles.links}>
        <Link href="/account/sign-in">{t("signInLink")}</Link>
      </div>
    </div>
  )
}
