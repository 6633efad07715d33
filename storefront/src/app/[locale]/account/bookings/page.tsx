import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { AccountNav } from "@/components/account/account-nav"
import styles from "@/components/account/account.module.css"
import { MyBookingList } from "@/components/experience/my-booking-list"
import { Notice } from "@/components/feedback/notice"
import { PageHeader } from "@/components/layout/page-header"
import { redirect } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { retrieveCustomer } from "@/lib/data/customer"
import { listMyBookings, retrieveExperience } from "@/lib/data/experiences"

type BookingsPageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: BookingsPageProps): Promise<Metadata> {
  const t = await getTranslations({ locale: resolveLocale((await params).locale), namespace: "Experience.mine" })
  return { title: t("title"), robots: { index: false, follow: false } }
}

/** "My bookings": the signed-in customer's experience bookings and their vouchers. */
export default async function BookingsPage({ params }: BookingsPageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("Experience.mine")
  const customer = await retrieveCustomer()
  if (!customer)
    return redirect({ href: { pathname: "/account/sign-in", query: { next: "/account/bookings" } }, locale })
  const bookings = await listMyBookings().catch((error: unknown) => {
    console.error("Could not list the customer's bookings", error)
    return null
  })
  const handles = [...new Set((bookings ?? []).map((booking) => booking.experience.handle))]
  const experiences = new Map(
    await Promise.all(
      handles.map(async (handle) => [handle, await retrieveExperience(handle).catch(() => null)] as const)
    )
  )

  return (
    <div className={styles.page}>
      <PageHeader title={t("title")} lead={t("lead")} />
      <AccountNav current="bookings" />
      {bookings === null ? <Notice kind="error">{t("loadError")}</Notice> : null}
      {bookings?.length === 0 ? <Notice kind="info">{t("empty")}</Notice> : null}
      {bookings?.length ? <MyBookingList bookings={bookings} experiences={experiences} /> : null}
    </div>
  )
}
