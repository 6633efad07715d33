import { useLocale, useTranslations } from "next-intl"
import type { BookingView, ExperienceParticipantTypeView } from "@ocop/shared"
import { vietnamTime } from "@/lib/experiences/session-time"
import { formatDate } from "@/lib/util/date"
import { pickLocalized } from "@/lib/util/localized"

type BookingSummaryProps = {
  booking: Pick<BookingView, "starts_at" | "ends_at" | "nights" | "participants">
  /** The experience's participant types, to name the counts; a count of an unknown type is left out. */
  types: Pick<ExperienceParticipantTypeView, "id" | "name_vi" | "name_en">[]
}

/** When a booking is (day and times in Vietnam, nights for a stay) and who comes. */
export function BookingSummary({ booking, types }: BookingSummaryProps) {
  const t = useTranslations("Experience.cart")
  const locale = useLocale()
  const participants = types.flatMap((type) => {
    const count = booking.participants[type.id] ?? 0
    return count
      ? [t("participant", { count, name: pickLocalized(type.name_vi, type.name_en, locale) ?? type.name_vi })]
      : []
  })

  return (
    <>
      <p>
        {t("when", {
          date: formatDate(booking.starts_at, locale),
          start: vietnamTime(booking.starts_at),
          end: vietnamTime(booking.ends_at),
        })}
        {booking.nights > 1 ? ` · ${t("nights", { count: booking.nights })}` : null}
      </p>
      {participants.length ? <p>{participants.join(", ")}</p> : null}
    </>
  )
}
