import { getTranslations, setRequestLocale } from "next-intl/server"
import { AccountNav } from "@/components/account/account-nav"
import { AddressBook } from "@/components/account/address-book"
import styles from "@/components/account/account.module.css"
import { AddressForm } from "@/components/checkout/address-form"
import { Notice } from "@/components/feedback/notice"
import { PageHeader } from "@/components/layout/page-header"
import { redirect } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { retrieveCustomer } from "@/lib/data/customer"
import { listProvinces } from "@/lib/data/places"
import { accountMetadata } from "../account-metadata"

type AddressesPageProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ saved?: string }> }

export const generateMetadata = ({ params }: AddressesPageProps) => accountMetadata(params, "addressesTitle")

const EMPTY = { email: "", phone: "", name: "", province_code: "", commune_code: "", street: "", note: "" }

export default async function AddressesPage({ params, searchParams }: AddressesPageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("Account")
  const customer = await retrieveCustomer()
  if (!customer)
    return redirect({ href: { pathname: "/account/sign-in", query: { next: "/account/addresses" } }, locale })
  const provinces = await listProvinces()
  return (
    <div className={styles.page}>
      <PageHeader title={t("addressesTitle")} />
      <AccountNav current="addresses" />
      {(await searchParams).saved ? <Notice kind="info">{t("addressSaved")}</Notice> : null}
      <AddressBook addresses={customer.addresses ?? []} />
      <h2>{t("newAddress")}</h2>
      <AddressForm
        purpose="book"
        provinces={provinces}
        initial={{
          ...EMPTY,
          name: [customer.first_name, customer.last_name].filter(Boolean).join(" "),
          phone: customer.phone ?? "",
        }}
        initialCommunes={[]}
      />
    </div>
  )
}
