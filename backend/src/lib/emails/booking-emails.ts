/** The e-mails a booking's change sends its buyer, in the language the booking was made in. */

export type BookingEmailLocale = "vi" | "en"

export type CancelledBookingText = {
  id: string
  locale: BookingEmailLocale
  title: string
  starts_at: Date
  refund_amount: number
  /** Who cancelled: the buyer, the host (or the office), or the marketplace because too few booked. */
  by: "buyer" | "host" | "below_minimum"
  reason: string | null
}

const money = (amount: number) =>
  new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND", maximumFractionDigits: 0 }).format(amount)

const when = (at: Date, locale: BookingEmailLocale) =>
  new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: "Asia/Ho_Chi_Minh",
  }).format(at)

const storefront = () => process.env.STOREFRONT_URL || "http://localhost:8000"

const WHY = {
  vi: {
    buyer: "Bạn đã hủy đặt chỗ",
    host: "Chủ nhà đã hủy buổi trải nghiệm",
    below_minimum: "Buổi trải nghiệm bị hủy vì chưa đủ số khách tối thiểu",
  },
  en: {
    buyer: "You cancelled your booking",
    host: "The host cancelled the session",
    below_minimum: "The session was cancelled because too few guests booked it",
  },
} as const

/** To the buyer: the booking is cancelled, why, and what is refunded. */
export function bookingCancelledEmail(booking: CancelledBookingText) {
  const { locale } = booking
  const url = `${storefront()}/${locale}/account/bookings`
  const refund =
    booking.refund_amount > 0
      ? locale === "vi"
        ? `Số tiền hoàn lại: ${money(booking.refund_amount)}, về phương thức bạn đã thanh toán.`
        : `Refund: ${money(booking.refund_amount)}, to the way you paid.`
      : locale === "vi"
        ? "Không có khoản hoàn tiền (chưa thanh toán, hoặc theo chính sách hủy)."
        : "No refund is due (nothing was paid, or the cancellation policy gives none)."
  return {
    subject: locale === "vi" ? `Đã hủy đặt chỗ: ${booking.title}` : `Booking cancelled: ${booking.title}`,
    text: [
      `${WHY[locale][booking.by]}: ${booking.title}, ${when(booking.starts_at, locale)}.`,
      ...(booking.reason ? [locale === "vi" ? `Lý do: ${booking.reason}` : `Reason: ${booking.reason}`] : []),
      refund,
      "",
      locale === "vi" ? `Đặt chỗ của bạn: ${url}` : `Your bookings: ${url}`,
    ].join("\n"),
    url,
  }
}

export type ConfirmedBookingText = {
  locale: BookingEmailLocale
  title: string
  starts_at: Date
  nights: number
  seats: number
  meeting_address: string
  voucher_code: string
  /** An on-request experience's booking waits for the host's answer; its voucher counts once accepted. */
  awaiting_host: boolean
  /** A booking with a deposit: the deposit paid online and the rest the guest pays the host on arrival. */
  deposit?: { deposit_total: number; due_on_arrival: number } | null
}

const depositLine = (deposit: NonNullable<ConfirmedBookingText["deposit"]>, locale: BookingEmailLocale) => {
  const paid = money(deposit.deposit_total)
  const due = money(deposit.due_on_arrival)
  return locale === "vi"
    ? `Đặt cọc trực tuyến: ${paid} — còn lại trả khi đến: ${due}`
    : `Deposit paid online: ${paid} — rest paid on arrival: ${due}`
}

/** To the buyer once the checkout is placed: the booking, where to meet, and the voucher's code. */
export function bookingConfirmedEmail(booking: ConfirmedBookingText) {
  const { locale } = booking
  const url = `${storefront()}/${locale}/account/bookings`
  const vi = locale === "vi"
  const status = booking.awaiting_host
    ? vi
      ? "Chủ nhà sẽ xác nhận đặt chỗ của bạn; phiếu dùng được khi chủ nhà nhận khách."
      : "The host will confirm your booking; the voucher can be used once they accept it."
    : vi
      ? "Đặt chỗ đã được xác nhận."
      : "Your booking is confirmed."
  return {
    subject: vi ? `Phiếu đặt chỗ: ${booking.title}` : `Your booking voucher: ${booking.title}`,
    text: [
      status,
      `${booking.title}: ${when(booking.starts_at, locale)}${
        booking.nights > 1 ? (vi ? `, ${booking.nights} đêm` : `, ${booking.nights} nights`) : ""
      }, ${vi ? `${booking.seats} chỗ` : `${booking.seats} place(s)`}.`,
      `${vi ? "Điểm hẹn" : "Meeting point"}: ${booking.meeting_address}`,
      ...(booking.deposit ? [depositLine(booking.deposit, locale)] : []),
      "",
      `${vi ? "Mã phiếu (đưa chủ nhà khi đến)" : "Voucher code (show it to the host on arrival)"}: ${booking.voucher_code}`,
      "",
      vi ? `Đặt chỗ của bạn: ${url}` : `Your bookings: ${url}`,
    ].join("\n"),
    url,
  }
}
