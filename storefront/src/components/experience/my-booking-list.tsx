import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { bookingDeposit } from "@/lib/experiences/deposit"
import type { MoveOption } from "@/lib/experiences/move-options"
import type { ExperienceDetail, MyBooking } from "@/lib/experiences/types"
import { pickLocalized } from "@/lib/util/localized"
import { formatPrice } from "@/lib/util/money"
import { BookingSummary } from "./booking-summary"
import { CancelBookingButton } from "./cancel-booking-button"
import { DepositSplitLine } from "./deposit-split-line"
import { MoveBookingForm } from "./move-booking-form"
import { VoucherQr } from "./voucher-qr"
import styles from "./experience.module.css"

// A voucher is shown while it can still be used: once confirmed, and after check-in as a record.
const WITH_VOUCHER = new Set(["confirmed", "checked_in"])
// The buyer may cancel a booking that is paid for or awaits the host, until its session starts.
const CANCELLABLE = new Set(["requested", "confirmed"])

type MyBookingListProps = {
  bookings: MyBooking[]
  /** The booked experiences by handle, to name participant types; a missing one leaves its counts unnamed. */
  experiences: Map<string, ExperienceDetail | null>
  /** The sessions each booking that may still move can go to, by booking id. */
  moves?: Map<string, MoveOption[]>
}

/** The customer's bookings with their status, and the voucher of each confirmed one. */
export async function MyBookingList({ bookings, experiences, moves }: MyBookingListProps) {
  const t = await getTranslations("Experience.mine")
  const locale = await getLocale()
  const now = new Date().getTime()

  return (
    <ul className={styles.bookings}>
      {bookings.map((booking) => {
        const title =
          pickLocalized(booking.experience.title_vi, booking.experience.title_en, locale) ?? booking.experience.title_vi
        const deposit = bookingDeposit(booking)
        return (
          <li key={booking.id} className={styles.booking}>
            <h2>
              <Link href={`/experiences/${booking.experience.handle}`}>{title}</Link>
            </h2>
            <p>
              <strong>{t(`status.${booking.status}`)}</strong>
            </p>
            <BookingSummary
              booking={booking}
              types={experiences.get(booking.experience.handle)?.participant_types ?? []}
            />
            {booking.total !== null ? <p>{t("total", { total: formatPrice(booking.total) })}</p> : null}
            {deposit ? <DepositSplitLine split={deposit} /> : null}
            {booking.refund_amount ? <p>{t("refund", { amount: formatPrice(booking.refund_amount) })}</p> : null}
            {moves?.has(booking.id) ? (
              <MoveBookingForm bookingId={booking.id} title={title} options={moves.get(booking.id)!} />
            ) : null}
            {CANCELLABLE.has(booking.status) && new Date(booking.starts_at).getTime() > now ? (
              <CancelBookingButton
                bookingId={booking.id}
                title={title}
                startsAt={booking.starts_at}
                paid={booking.paid}
                policy={booking.cancellation_policy ?? []}
              />
            ) : null}
            {booking.voucher_code && WITH_VOUCHER.has(booking.status) ? (
              <section aria-label={t("voucher")}>
                <VoucherQr code={booking.voucher_code} />
              </section>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
