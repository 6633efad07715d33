import { useLocale, useTranslations } from "next-intl"
import type { BookingGuest, BookingView, ExperienceParticipantTypeView } from "@ocop/shared"
import styles from "@/components/producer-portal/portal.module.css"
import { voucherTail } from "@/lib/experience-host/check-in"
import { formatDateTime } from "@/lib/util/date"
import { formatPrice } from "@/lib/util/money"
import { pickLocalized } from "@/lib/util/localized"
import { BookingRequestActions } from "./booking-request-actions"
import host from "./experience-host.module.css"

type GuestListProps = { bookings: BookingView[]; participantTypes: ExperienceParticipantTypeView[] }

/** A session's bookings: status, who and how many, how to reach or register each guest, the voucher, arrival. */
export function GuestList({ bookings, participantTypes }: GuestListProps) {
  const t = useTranslations("HostExperiences.guests")
  const tStatus = useTranslations("HostExperiences.bookingStatus")
  const locale = useLocale()
  if (!bookings.length) return <p role="status">{t("empty")}</p>
  const countries = new Intl.DisplayNames([locale === "vi" ? "vi" : "en"], { type: "region" })
  const typeName = (id: string) => {
    const type = participantTypes.find((candidate) => candidate.id === id)
    return type ? (pickLocalized(type.name_vi, type.name_en, locale) ?? "") : t("unknownType")
  }
  const reach = (guest: BookingGuest) =>
    guest.nationality === "VN"
      ? (guest.phone ?? "")
      : t("foreign", {
          country: countries.of(guest.nationality) ?? guest.nationality,
          passport: guest.passport_number ?? "",
        })

  return (
    <ul className={styles.list}>
      {bookings.map((booking) => {
        const [lead] = booking.guests
        const tail = voucherTail(booking.voucher_code)
        return (
          <li key={booking.id} className={styles.card} data-testid="host-booking">
            <div className={styles.row}>
              <strong>{lead?.name ?? t("noName")}</strong>
              <span className={`${styles.badge} ${booking.status === "checked_in" ? styles.published : ""}`}>
                {tStatus(booking.status)}
              </span>
            </div>
            <dl className={host.facts}>
              <dt>{t("participants")}</dt>
              <dd>
                {Object.entries(booking.participants)
                  .filter(([, count]) => count > 0)
                  .map(([id, count]) => t("participantCount", { count, name: typeName(id) }))
                  .join(" · ")}
              </dd>
              <dt>{t("guestsLabel")}</dt>
              <dd>
                <ul className={host.guests}>
                  {booking.guests.map((guest, index) => (
                    <li key={index}>
                      {guest.name}
                      {reach(guest) ? ` – ${reach(guest)}` : ""}
                    </li>
                  ))}
                </ul>
              </dd>
              <dt>{t("voucher")}</dt>
              <dd className={host.code}>{tail ? t("voucherTail", { tail }) : t("noVoucher")}</dd>
              <dt>{t("arrival")}</dt>
              <dd>
                {booking.checked_in_at
                  ? t("checkedInAt", { at: formatDateTime(booking.checked_in_at, locale) })
                  : t("notArrived")}
              </dd>
            </dl>
            {booking.due_on_arrival ? (
              <p>
                <strong>{t("dueOnArrival", { amount: formatPrice(booking.due_on_arrival) })}</strong>
              </p>
            ) : null}
            {booking.status === "requested" ? (
              <BookingRequestActions bookingId={booking.id} guest={lead?.name ?? t("noName")} />
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
