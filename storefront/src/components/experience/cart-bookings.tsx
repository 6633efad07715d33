import { getLocale, getTranslations } from "next-intl/server"
import { Notice } from "@/components/feedback/notice"
import { Link } from "@/i18n/navigation"
import { listCartBookings, retrieveExperience } from "@/lib/data/experiences"
import { bookingDeposit } from "@/lib/experiences/deposit"
import { guestRowCount } from "@/lib/experiences/guest-form"
import { nationalities } from "@/lib/experiences/nationalities"
import type { ExperienceDetail } from "@/lib/experiences/types"
import { pickLocalized } from "@/lib/util/localized"
import { formatPrice } from "@/lib/util/money"
import { BookingGuestForm } from "./booking-guest-form"
import { BookingSummary } from "./booking-summary"
import { DepositSplitLine } from "./deposit-split-line"
import { HoldCountdown } from "./hold-countdown"
import { RemoveBookingButton } from "./remove-booking-button"
import styles from "./experience.module.css"

/** The experience bookings in the cart: when, who, how long the places stay held, the guests, and removing one. */
export async function CartBookings() {
  const t = await getTranslations("Experience")
  const locale = await getLocale()
  const bookings = await listCartBookings().catch((error: unknown) => {
    console.error("Could not list the cart's bookings", error)
    return null
  })
  if (bookings === null) return <Notice kind="error">{t("cart.loadError")}</Notice>
  if (!bookings.length) return null

  // The participant types' names are the experience's; each experience is read once (and kept).
  const handles = [...new Set(bookings.map((booking) => booking.experience.handle))]
  const experiences = new Map<string, ExperienceDetail | null>(
    await Promise.all(
      handles.map(async (handle) => [handle, await retrieveExperience(handle).catch(() => null)] as const)
    )
  )

  const countries = nationalities(locale)

  return (
    <section className={styles.section} aria-labelledby="cart-bookings">
      <h2 id="cart-bookings">{t("cart.heading")}</h2>
      <ul className={styles.bookings}>
        {bookings.map((booking) => {
          const experience = experiences.get(booking.experience.handle) ?? null
          const deposit = bookingDeposit(booking)
          const title =
            pickLocalized(booking.experience.title_vi, booking.experience.title_en, locale) ??
            booking.experience.title_vi
          return (
            <li key={booking.id} className={styles.booking}>
              <h3>
                <Link href={`/experiences/${booking.experience.handle}`}>{title}</Link>
              </h3>
              <BookingSummary booking={booking} types={experience?.participant_types ?? []} />
              {booking.total !== null ? <p className={styles.price}>{formatPrice(booking.total)}</p> : null}
              {deposit ? <DepositSplitLine split={deposit} /> : null}
              {booking.status === "held" && booking.expires_at ? (
                <HoldCountdown expiresAt={booking.expires_at} />
              ) : null}
              {booking.status === "released" ? <p>{t("cart.holdLapsed")}</p> : null}
              {!booking.guests.length ? <p className={styles.hint}>{t("guests.missing")}</p> : null}
              <BookingGuestForm
                bookingId={booking.id}
                rows={guestRowCount(experience?.participant_types ?? [], booking.participants, booking.guests.length)}
                guests={booking.guests}
                nationalities={countries}
              />
              <RemoveBookingButton bookingId={booking.id} title={title} />
            </li>
          )
        })}
      </ul>
    </section>
  )
}
