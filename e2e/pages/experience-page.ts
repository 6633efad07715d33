import { vietnamDate } from "@ocop/shared"
import { labelledPage } from "./labelled-page"

// The experience page, the bookings in the cart and "my bookings", in the shopper's words.
const LABELS = {
  vi: {
    nearby: "Trải nghiệm tại nơi làm ra",
    nextMonth: "Tháng sau",
    increase: (type: string) => `Thêm một: ${type}`,
    add: "Thêm vào giỏ",
    added: "Đã giữ chỗ cho bạn trong",
    viewCart: "Xem giỏ hàng",
    cartBookings: "Đặt chỗ trải nghiệm",
    guestsHeading: "Thông tin khách",
    guest: (index: number) => (index === 0 ? "Khách đại diện" : `Khách ${index + 1}`),
    name: "Họ và tên",
    phone: "Số điện thoại",
    saveGuests: "Lưu thông tin khách",
    guestsSaved: "Đã lưu thông tin khách.",
    voucher: "Phiếu vào cửa",
    voucherCode: /Mã phiếu: ([0-9a-z]+)/i,
    cancel: "Hủy đặt chỗ",
    confirmCancel: "Xác nhận hủy",
    keep: "Giữ đặt chỗ",
  },
  en: {
    nearby: "Experiences where it is made",
    nextMonth: "Next month",
    increase: (type: string) => `One more: ${type}`,
    add: "Add to cart",
    added: "Your places are held for",
    viewCart: "View cart",
    cartBookings: "Experience bookings",
    guestsHeading: "Guest details",
    guest: (index: number) => (index === 0 ? "Lead guest" : `Guest ${index + 1}`),
    name: "Full name",
    phone: "Phone number",
    saveGuests: "Save guest details",
    guestsSaved: "Guest details saved.",
    voucher: "Voucher",
    voucherCode: /Voucher code: ([0-9a-z]+)/i,
    cancel: "Cancel booking",
    confirmCancel: "Confirm cancellation",
    keep: "Keep the booking",
  },
}

/** A guest as typed in the cart's guest form; `phone` for a Vietnamese guest. */
export type Guest = { name: string; phone?: string }

/** A day in Vietnam's calendar, `YYYY-MM-DD`, `days` after today there. */
export const vietnamDayAhead = (days: number): string => vietnamDate(new Date(Date.now() + days * 86_400_000))

/**
 * The experience page (calendar, sessions, participants, "add to cart"), the product page's
 * experiences block, the bookings in the cart with their guests, and /account/bookings.
 */
export class ExperiencePage extends labelledPage(LABELS) {
  inLocale(locale: "vi" | "en") {
    return new ExperiencePage(this.page, locale)
  }

  async open(handle: string) {
    await this.page.goto(`/${this.locale}/experiences/${handle}`)
  }

  /** The product page's "experiences where it is made" block. */
  nearbyBlock() {
    return this.main().getByRole("region", { name: this.labels.nearby })
  }

  async openNearby(title: string) {
    await this.nearbyBlock().getByRole("link", { name: title, exact: true }).click()
  }

  /** A day of the calendar; its name is the date in words, then its status. */
  calendarDay(day: string) {
    const date = new Intl.DateTimeFormat(this.locale, { dateStyle: "full", timeZone: "UTC" }).format(
      new Date(`${day}T00:00:00Z`)
    )
    return this.main()
      .getByRole("grid")
      .getByRole("button", { name: `${date}: `, exact: false })
  }

  /** Moves the calendar from this month to the day's month and picks the day. */
  async pickDay(day: string) {
    const today = vietnamDayAhead(0)
    const months =
      (Number(day.slice(0, 4)) - Number(today.slice(0, 4))) * 12 + Number(day.slice(5, 7)) - Number(today.slice(5, 7))
    for (let step = 0; step < months; step++) {
      await this.main().getByRole("button", { name: this.labels.nextMonth, exact: true }).click()
    }
    await this.calendarDay(day).click()
  }

  sessionChoices() {
    return this.main().getByRole("radio")
  }

  async addParticipants(type: string, count: number) {
    for (let added = 0; added < count; added++) {
      await this.main()
        .getByRole("button", { name: this.labels.increase(type), exact: true })
        .click()
    }
  }

  addButton() {
    return this.main().getByRole("button", { name: this.labels.add, exact: true })
  }

  async addToCart() {
    await this.addButton().click()
  }

  addedNotice() {
    return this.main().getByRole("status").filter({ hasText: this.labels.added })
  }

  async viewCart() {
    await this.addedNotice().getByRole("link", { name: this.labels.viewCart }).click()
  }

  /** The cart's bookings section. */
  cartBookings() {
    return this.main().getByRole("region", { name: this.labels.cartBookings })
  }

  cartBooking(title: string) {
    return this.cartBookings()
      .getByRole("listitem")
      .filter({ has: this.page.getByRole("heading", { name: title, exact: true }) })
  }

  guestForm(title: string) {
    return this.cartBooking(title).getByRole("form", { name: this.labels.guestsHeading })
  }

  /** Fills the booking's guest rows from the lead guest on and saves them. */
  async fillGuests(title: string, guests: Guest[]) {
    const form = this.guestForm(title)
    for (const [index, guest] of guests.entries()) {
      const row = form.getByRole("group", { name: this.labels.guest(index), exact: true })
      await row.getByLabel(this.labels.name, { exact: true }).fill(guest.name)
      if (guest.phone) await row.getByLabel(this.labels.phone, { exact: true }).fill(guest.phone)
    }
    await form.getByRole("button", { name: this.labels.saveGuests }).click()
  }

  guestsSaved(title: string) {
    return this.guestForm(title).getByRole("status").filter({ hasText: this.labels.guestsSaved })
  }

  async openMyBookings() {
    await this.page.goto(`/${this.locale}/account/bookings`)
  }

  /** One of "my bookings", by its experience's title and the day it is on (as the page writes it). */
  myBooking(title: string, date?: string) {
    const entries = this.main()
      .getByRole("listitem")
      .filter({ has: this.page.getByRole("heading", { level: 2, name: title, exact: true }) })
    return date ? entries.filter({ hasText: date }) : entries
  }

  voucher(title: string, date?: string) {
    return this.myBooking(title, date).getByRole("region", { name: this.labels.voucher })
  }

  /** The voucher code as the booking's voucher writes it. */
  async voucherCode(title: string, date?: string): Promise<string> {
    const text = await this.voucher(title, date).innerText()
    const code = this.labels.voucherCode.exec(text)?.[1]
    if (!code) throw new Error(`no voucher code in: ${text}`)
    return code
  }

  /** "Cancel booking": shows what the policy refunds now, and asks to confirm. */
  async startCancelling(title: string, date?: string) {
    await this.myBooking(title, date)
      .getByRole("button", { name: `${this.labels.cancel}: ${title}`, exact: true })
      .click()
  }

  cancelForm(title: string, date?: string) {
    return this.myBooking(title, date).getByRole("form", { name: `${this.labels.cancel}: ${title}` })
  }

  async keepBooking(title: string, date?: string) {
    await this.cancelForm(title, date).getByRole("button", { name: this.labels.keep, exact: true }).click()
  }

  async confirmCancel(title: string, date?: string) {
    await this.cancelForm(title, date).getByRole("button", { name: this.labels.confirmCancel, exact: true }).click()
  }
}
