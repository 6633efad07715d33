import { labelledPage } from "./labelled-page"

const LABELS = {
  vi: {
    sessionsOf: (title: string) => `Lịch và chỗ trống của ${title}`,
    nextMonth: "Tháng sau →",
    guestListOf: "Danh sách khách buổi",
    voucherCode: "Mã phiếu",
    checkIn: "Xác nhận khách đến",
    checkedIn: "Đã xác nhận khách đến.",
    alreadyCheckedIn: "Phiếu này đã được dùng: khách đã check-in trước đó.",
  },
  en: {
    sessionsOf: (title: string) => `Schedule and places of ${title}`,
    nextMonth: "Next month →",
    guestListOf: "Guest list of",
    voucherCode: "Voucher code",
    checkIn: "Check in",
    checkedIn: "Checked in.",
    alreadyCheckedIn: "This voucher was already used: the guest checked in earlier.",
  },
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/** A day `YYYY-MM-DD` as the portal writes it in a session's time (`16/12/2026`, `16 Dec 2026`). */
function portalDate(day: string, locale: "vi" | "en") {
  const [year, month, date] = day.split("-")
  return locale === "vi"
    ? `${date}/${month}/${year}`
    : new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(
        new Date(`${day}T00:00:00Z`)
      )
}

/** A host's experiences in the producer portal: their sessions, a session's guest list, and check-in. */
export class HostPortalPage extends labelledPage(LABELS) {
  async openExperiences() {
    await this.page.goto(`/${this.locale}/producer/experiences`)
  }

  async openSessions(title: string) {
    await this.main()
      .getByRole("link", { name: this.labels.sessionsOf(title), exact: true })
      .click()
  }

  async nextMonth() {
    await this.main().getByRole("link", { name: this.labels.nextMonth, exact: true }).click()
  }

  /** The link to the guest list of the session that starts on `day` (in Vietnam). */
  guestListLink(day: string) {
    const date = escape(portalDate(day, this.locale))
    return this.main().getByRole("link", { name: new RegExp(`^${this.labels.guestListOf} [^–]*${date}[^–]* – `) })
  }

  /** Opens the guest list of the session on `day`, moving to its month first when it is not this one. */
  async openGuestList(day: string, monthsAhead: number) {
    for (let step = 0; step < monthsAhead; step++) await this.nextMonth()
    await this.guestListLink(day).click()
  }

  /** A booking on the guest list, by its lead guest's name. */
  guestListBooking(leadGuest: string) {
    return this.main()
      .getByTestId("host-booking")
      .filter({ has: this.page.getByText(leadGuest, { exact: true }) })
  }

  async openCheckIn() {
    await this.page.goto(`/${this.locale}/producer/check-in`)
  }

  async checkIn(code: string) {
    await this.field(this.labels.voucherCode).fill(code)
    await this.main().getByRole("button", { name: this.labels.checkIn, exact: true }).click()
  }

  /** The answer to a voucher that checked its guests in: who arrived, for which session. */
  checkedIn() {
    return this.main().getByRole("status").filter({ hasText: this.labels.checkedIn })
  }

  /** The refusal of a voucher used before. */
  alreadyCheckedIn() {
    return this.main().getByRole("alert").filter({ hasText: this.labels.alreadyCheckedIn })
  }
}
