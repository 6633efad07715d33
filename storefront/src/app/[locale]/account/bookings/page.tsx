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
import { listMyBookings, retrieveExperience, retrieveExperienceCalendar } from "@/lib/data/experiences"
import { moveOptions, type MoveOption } from "@/lib/experiences/move-options"
import { CALENDAR_MAX_DAYS, vietnamDate } from "@ocop/shared"

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

  // The sessions each movable booking may go to, from one calendar read per experience.
  const now = new Date()
  const movable = (bookings ?? []).filter(
    (booking) => ["requested", "confirmed"].includes(booking.status) && new Date(booking.starts_at) > now
  )
  const from = vietnamDate(now)
  const to = vietnamDate(new Date(now.getTime() + (CALENDAR_MAX_DAYS - 1) * 86_400_000))
  const calendars = new Map(
    await Promise.all(
      [...new Set(movable.map((booking) => booking.experience.handle))].map(
        async (handle) => [handle, await retrieveExperienceCalendar(handle, from, to)] as const
      )
    )
  )
  const moves = new Map<string, MoveOption[]>(
    movable.map((booking) => [booking.id, moveOptions(calendars.get(booking.experience.handle) ?? [], booking)])
  )

  return (
    <div className={styles.page}>
      <PageHeader title={t("title")} lead={t("lead")} />
      <AccountNav current="bookings" />
      {bookings === null ? <Notice kind="error">{t("loadError")}</Notice> : null}
      {bookings?.length === 0 ? <Notice kind="info">{t("empty")}</Notice> : null}
      {bookings?.length ? <MyBookingList bookings={bookings} experiences={experiences} moves={moves} /> : null}
    </div>
  )
}
