import type { BrowserContext } from "@playwright/test"
import { admin, backendUrl, demoHost, expect, test as base } from "../fixtures"
import type { AccountPage, Customer } from "../pages/account-page"
import { AdminOcopPage } from "../pages/admin-ocop-page"
import { AdminPage } from "../pages/admin-page"
import { amountOf, type Buyer, type CheckoutPage } from "../pages/checkout-page"
import { vietnamDayAhead, type ExperiencePage, type Guest } from "../pages/experience-page"
import { HostPortalPage } from "../pages/host-portal-page"
import { ProducerPortalPage } from "../pages/producer-portal-page"

// The host and the office each browse in a context of their own, so that their sign-ins stay
// apart from the consumer's; the contexts close after the test.
const test = base.extend<{ hostPortal: HostPortalPage; ocopAdmin: AdminOcopPage }>({
  hostPortal: async ({ browser, baseURL }, use) => {
    const context: BrowserContext = await browser.newContext({ baseURL, locale: "vi-VN" })
    await use(new HostPortalPage(await context.newPage()))
    await context.close()
  },
  ocopAdmin: async ({ browser, baseURL }, use) => {
    const context: BrowserContext = await browser.newContext({ baseURL, locale: "vi-VN" })
    await use(new AdminOcopPage(await context.newPage(), backendUrl))
    await context.close()
  },
})

// The demo honey company (backend/src/scripts/setup/experiences-demo-data.ts) and its goods.
const HONEY = { handle: "mat-ong-rung-cu-mgar-cong-ty-tnhh-mat-ong-tay-nguyen", title: "Mật ong rừng Cư M'gar" }
const HOMESTAY = {
  title: "Ngủ nhà dài Ê Đê cạnh trại ong Cư M'gar (demo)",
  titleEn: "A night in an Ê Đê longhouse by the Cư M'gar bee farm (demo)",
}
const BEE_FARM = { title: "Thăm trại ong hoa cà phê Cư M'gar (demo)" }
const ADULT = { vi: "Người lớn", en: "Adult" }
const CHILD = { vi: "Trẻ em 6–11 tuổi", en: "Child 6–11" }

const stamp = Date.now()
const customer = (name: string): Customer => ({
  firstName: name,
  lastName: "Nguyễn",
  email: `${name.toLowerCase()}.tourism.${stamp}@example.vn`,
  phone: "0912 345 678",
  password: "du-lich-2026",
})
const BUYER: Buyer = {
  email: "",
  phone: "0912 345 678",
  name: "Nguyễn Thị Mai",
  province: "Đắk Lắk",
  street: "25 Lê Duẩn",
}
const GUESTS: Guest[] = [
  { name: "Nguyễn Thị Mai", phone: "0912 345 678" },
  { name: "Trần Văn Hùng", phone: "0987 654 321" },
  { name: "Trần Minh An", phone: "0987 654 322" },
]

/** The day as "my bookings" writes it (`16/12/2026`). */
const shownDay = (day: string) => day.split("-").reverse().join("/")

async function signUp(account: AccountPage, person: Customer) {
  await test.step(`${person.firstName} creates an account`, async () => {
    await account.register(person)
    await expect(account.page).toHaveURL(/\/vi\/account$/)
  })
}

/** Picks the day on the calendar: the day's first session with room is chosen at once. */
async function pickDay(experience: ExperiencePage, day: string) {
  // The calendar answers once hydrated: until then a click is lost, so it is tried again.
  await expect(async () => {
    await experience.pickDay(day)
    await expect(experience.sessionChoices().first()).toBeChecked({ timeout: 2_000 })
  }).toPass({ timeout: 20_000 })
}

/** Address, delivery (standard for goods), VietQR, place the order; returns the transfer's reference and amount. */
async function checkOutByVietQr(checkout: CheckoutPage, email: string) {
  return test.step("check out: address, delivery, bank transfer (VietQR)", async () => {
    await checkout.goToCheckout()
    await checkout.fillAddress({ ...BUYER, email })
    await checkout.continue()
    await expect(checkout.page).toHaveURL(/[?&]step=delivery$/)
    await checkout.continue()
    await expect(checkout.page).toHaveURL(/[?&]step=payment$/)
    await checkout.paymentOption("bank").check()
    await checkout.placeOrder()
    await expect(checkout.thanks()).toBeVisible({ timeout: 15_000 })
    await expect(checkout.producerOrder(demoHost.name)).toBeVisible()
    await expect(checkout.transferQr()).toBeVisible()
    return {
      reference: (await checkout.transferReference().innerText()).trim(),
      amount: amountOf(await checkout.transferAmount().innerText()),
    }
  })
}

test.describe("community tourism", () => {
  // Journeys over a dozen server-rendered pages, two people and a checkout each.
  test.describe.configure({ timeout: 240_000 })

  test("vi: a homestay found from a honey jar's page, booked with the honey and paid by VietQR; the host sees the guests and checks the voucher in once", async ({
    account,
    checkout,
    experience,
    hostPortal,
    storefront,
  }) => {
    const day = vietnamDayAhead(10)
    const mai = customer("Mai")
    await signUp(account, mai)

    await test.step("the honey's page leads to the longhouse homestay of the same host", async () => {
      await storefront.openProduct(HONEY.handle)
      await expect(experience.nearbyBlock()).toBeVisible()
      await experience.openNearby(HOMESTAY.title)
      await expect(experience.page).toHaveURL(/\/vi\/experiences\/[^/]+$/)
      await expect(experience.main().getByRole("heading", { level: 1, name: HOMESTAY.title })).toBeVisible()
    })

    await test.step(`a night on ${day} for 2 adults and a child of 6–11, added to the cart`, async () => {
      await pickDay(experience, day)
      await experience.addParticipants(ADULT.vi, 2)
      await experience.addParticipants(CHILD.vi, 1)
      await expect(experience.main()).toContainText("Tạm tính: 970.000\u00a0₫")
      // The homestay takes a 30 % deposit online (each unit's share rounded up to 1.000 ₫), the rest on arrival.
      await expect(experience.main()).toContainText("Đặt cọc 30 % — còn lại trả khi đến")
      await expect(experience.main()).toContainText(
        "Đặt cọc trực tuyến: 291.000\u00a0₫ — còn lại trả khi đến: 679.000\u00a0₫"
      )
      await experience.addToCart()
      await expect(experience.addedNotice()).toBeVisible()
    })

    await test.step("a jar of the host's honey joins the cart", async () => {
      await checkout.openProduct(HONEY.handle)
      await checkout.addToCart(1)
      await expect(checkout.addedNotice()).toBeVisible()
    })

    await test.step("the cart holds the booking and the honey under the host; the three guests are given", async () => {
      await checkout.openCart()
      const booking = experience.cartBooking(HOMESTAY.title)
      await expect(booking).toContainText("2 × Người lớn, 1 × Trẻ em 6–11 tuổi")
      await expect(
        checkout.cartGroup(demoHost.name).getByRole("heading", { name: HONEY.title, exact: true })
      ).toBeVisible()
      await experience.fillGuests(HOMESTAY.title, GUESTS)
      await expect(experience.guestsSaved(HOMESTAY.title)).toBeVisible()
    })

    await checkOutByVietQr(checkout, mai.email)

    const code = await test.step("my bookings: the booking is confirmed, with its voucher code and QR", async () => {
      await experience.openMyBookings()
      const booking = experience.myBooking(HOMESTAY.title, shownDay(day))
      await expect(booking).toContainText("Đã xác nhận")
      await expect(experience.voucher(HOMESTAY.title, shownDay(day)).getByRole("img")).toBeVisible()
      return experience.voucherCode(HOMESTAY.title, shownDay(day))
    })
    expect(code).toMatch(/^[0-9a-f]{32}$/)

    await test.step("the host signs in and finds the guests on the booked night's guest list", async () => {
      await new ProducerPortalPage(hostPortal.page).signIn(demoHost.email, demoHost.password)
      await expect(hostPortal.page).toHaveURL(/\/vi\/producer$/, { timeout: 30_000 })
      await hostPortal.openExperiences()
      await hostPortal.openSessions(HOMESTAY.title)
      const monthsAhead = Number(day.slice(5, 7)) - Number(vietnamDayAhead(0).slice(5, 7))
      await hostPortal.openGuestList(day, (monthsAhead + 12) % 12)
      const booking = hostPortal.guestListBooking(GUESTS[0].name)
      await expect(booking).toBeVisible()
      for (const guest of GUESTS)
        await expect(booking).toContainText(`${guest.name} – ${guest.phone!.replace(/ /g, "")}`)
      await expect(booking).toContainText("Chưa đến")
      await expect(booking).toContainText("Thu khi khách đến: 679.000\u00a0₫")
    })

    await test.step("check-in by the typed code; the same code again is refused as already used", async () => {
      await hostPortal.openCheckIn()
      await hostPortal.checkIn(code)
      await expect(hostPortal.checkedIn()).toContainText(`Khách: ${GUESTS[0].name}`)
      await hostPortal.checkIn(code)
      await expect(hostPortal.alreadyCheckedIn()).toBeVisible()
    })

    await test.step("the consumer's booking now reads checked in", async () => {
      await experience.openMyBookings()
      await expect(experience.myBooking(HOMESTAY.title, shownDay(day))).toContainText("Đã nhận chỗ")
    })
  })

  test("vi: a bee-farm tour by VietQR: unpaid, cancelling would refund nothing; once the transfer is recorded, it is cancelled in the free window with its refund shown first", async ({
    account,
    checkout,
    experience,
    ocopAdmin,
    storefront,
  }) => {
    const day = vietnamDayAhead(12)
    const lan = customer("Lan")
    await signUp(account, lan)

    await test.step(`the bee-farm tour on ${day} for one adult, with the lead guest`, async () => {
      await storefront.openProduct(HONEY.handle)
      await experience.openNearby(BEE_FARM.title)
      await pickDay(experience, day)
      await experience.addParticipants(ADULT.vi, 1)
      await experience.addToCart()
      await expect(experience.addedNotice()).toBeVisible()
      await checkout.openCart()
      await experience.fillGuests(BEE_FARM.title, [{ name: "Nguyễn Thị Lan", phone: "0912 345 678" }])
      await expect(experience.guestsSaved(BEE_FARM.title)).toBeVisible()
    })

    const transfer = await checkOutByVietQr(checkout, lan.email)

    await test.step("before the transfer arrives, cancelling would refund nothing: the booking is kept", async () => {
      await experience.openMyBookings()
      await expect(experience.myBooking(BEE_FARM.title, shownDay(day))).toContainText("Đã xác nhận")
      await experience.startCancelling(BEE_FARM.title, shownDay(day))
      await expect(experience.cancelForm(BEE_FARM.title, shownDay(day))).toContainText(
        "Nếu hủy bây giờ, theo chính sách hủy bạn không được hoàn tiền (hoặc chưa thanh toán)."
      )
      await experience.keepBooking(BEE_FARM.title, shownDay(day))
      await expect(experience.cancelForm(BEE_FARM.title, shownDay(day))).toHaveCount(0)
    })

    await test.step("the office records the transfer from the bank statement", async () => {
      const statementAdmin = new AdminPage(ocopAdmin.page, backendUrl)
      await statementAdmin.signIn(admin.email, admin.password)
      await expect(ocopAdmin.page).not.toHaveURL(/\/login/)
      await ocopAdmin.openBankStatements()
      const amount = new Intl.NumberFormat("vi-VN").format(transfer.amount)
      const today = shownDay(vietnamDayAhead(0))
      const statement = [
        "Sao kê tài khoản 0071000123456",
        "Ngày giao dịch;Số tiền ghi có;Nội dung",
        `${today};${amount};CK ${transfer.reference} NGUYEN THI LAN`,
      ].join("\n")
      await ocopAdmin.importStatement(`sao-ke-tourism-${stamp}.csv`, statement)
      await expect(ocopAdmin.statementList("Đã khớp (Matched)").heading).toHaveText("Đã khớp (Matched): 1")
    })

    await test.step("once paid, cancelling shows the full refund first, then the booking reads cancelled and refunded", async () => {
      await experience.openMyBookings()
      await experience.startCancelling(BEE_FARM.title, shownDay(day))
      await expect(experience.cancelForm(BEE_FARM.title, shownDay(day))).toContainText(
        "Nếu hủy bây giờ, bạn được hoàn 180.000\u00a0₫ theo chính sách hủy."
      )
      await experience.confirmCancel(BEE_FARM.title, shownDay(day))
      const booking = experience.myBooking(BEE_FARM.title, shownDay(day))
      await expect(booking).toContainText("Đã hủy")
      await expect(booking).toContainText("Đã hoàn: 180.000\u00a0₫")
      await expect(booking.getByRole("region", { name: "Phiếu vào cửa" })).toHaveCount(0)
    })
  })

  test("en: the longhouse homestay from its English page: a date and two adults, then the booking in the cart", async ({
    checkout: base,
    experience: vi,
    storefront,
  }) => {
    const experience = vi.inLocale("en")
    const checkout = base.inLocale("en")
    const day = vietnamDayAhead(9)

    await test.step("the honey's English page leads to the homestay's English page", async () => {
      await storefront.openProduct(HONEY.handle, "en")
      await experience.openNearby(HOMESTAY.titleEn)
      await expect(experience.page).toHaveURL(/\/en\/experiences\/[^/]+$/)
    })

    await test.step(`a night on ${day} for two adults, added to the cart`, async () => {
      await pickDay(experience, day)
      await experience.addParticipants(ADULT.en, 2)
      await expect(experience.main()).toContainText("Subtotal: 780.000\u00a0₫")
      await expect(experience.main()).toContainText(
        "Deposit paid online: 234.000\u00a0₫ — rest paid on arrival: 546.000\u00a0₫"
      )
      await experience.addToCart()
      await expect(experience.addedNotice()).toBeVisible()
    })

    await test.step("the cart lists the booking: when, who, how long its places are held, and its guest form", async () => {
      await experience.viewCart()
      await expect(checkout.page).toHaveURL(/\/en\/cart$/)
      const booking = experience.cartBooking(HOMESTAY.titleEn)
      await expect(booking).toContainText("2 × Adult")
      await expect(booking).toContainText("Places held for another")
      await expect(experience.guestForm(HOMESTAY.titleEn)).toBeVisible()
    })
  })
})
