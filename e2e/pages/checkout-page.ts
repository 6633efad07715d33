import { Locator, Page } from "@playwright/test"
import { decodeQrImage } from "./decode-qr"

type Locale = "vi" | "en"

/**
 * How long a checkout step may take to answer: saving it and rendering the next (issue 15). The
 * topology test, four backend processes on a shared machine, checks what happens, not how fast:
 * it allows more with E2E_STEP_TIMEOUT_MS.
 */
export const STEP_TIMEOUT = Number(process.env.E2E_STEP_TIMEOUT_MS) || 5_000
export type PaymentMethod = "cod" | "bank"
export type Delivery = "standard" | "pickup"

/** Who buys, as they type it; `province` is a province's name as the select lists it. */
export type Buyer = { email: string; phone: string; name: string; province: string; street: string; note?: string }

// The cart's and checkout's own words in each language, as a shopper reads them.
const LABELS = {
  vi: {
    quantity: "Số lượng",
    addToCart: "Thêm vào giỏ",
    added: "Đã thêm vào giỏ hàng.",
    cart: "Giỏ hàng",
    goToCheckout: "Tiến hành đặt hàng",
    update: "Cập nhật",
    remove: "Xóa",
    email: "E-mail",
    phone: "Số điện thoại di động",
    name: "Họ và tên người nhận",
    province: "Tỉnh, thành phố",
    commune: "Xã, phường",
    street: "Số nhà, đường, thôn, ấp",
    note: "Ghi chú cho người giao hàng (không bắt buộc)",
    continue: "Tiếp tục",
    deliveryFrom: (producer: string) => `Hàng của ${producer}`,
    delivery: { standard: "Giao hàng tiêu chuẩn", pickup: "Nhận tại cơ sở" },
    payment: { cod: "Thanh toán khi nhận hàng (COD)", bank: "Chuyển khoản ngân hàng (VietQR)" },
    review: "Kiểm tra đơn hàng",
    placeOrder: "Đặt hàng",
    thanks: "Cảm ơn bạn đã đặt hàng!",
    qr: "Mã VietQR để chuyển khoản",
    copy: { accountNumber: "Chép số tài khoản", amount: "Chép số tiền", reference: "Chép nội dung chuyển khoản" },
    saveQr: "Lưu ảnh mã QR",
  },
  en: {
    quantity: "Quantity",
    addToCart: "Add to cart",
    added: "Added to your cart.",
    cart: "Cart",
    goToCheckout: "Go to checkout",
    update: "Update",
    remove: "Remove",
    email: "E-mail",
    phone: "Mobile phone number",
    name: "Recipient's full name",
    province: "Province",
    commune: "Commune or ward",
    street: "House number, street, village",
    note: "Note for the courier (optional)",
    continue: "Continue",
    deliveryFrom: (producer: string) => `Goods from ${producer}`,
    delivery: { standard: "Standard delivery", pickup: "Pick up at the producer" },
    payment: { cod: "Cash on delivery (COD)", bank: "Bank transfer (VietQR)" },
    review: "Review your order",
    placeOrder: "Place order",
    thanks: "Thank you for your order!",
    qr: "VietQR code for the bank transfer",
    copy: {
      accountNumber: "Copy the account number",
      amount: "Copy the amount",
      reference: "Copy the transfer content",
    },
    saveQr: "Save the QR image",
  },
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/** A price as shown (`1.250.000 ₫`) in whole đồng. */
export function amountOf(text: string): number {
  return Number(text.replace(/\D/g, ""))
}

/** "Add to cart" on product pages, the mini-cart, the cart page, the three checkout steps and the confirmation. */
export class CheckoutPage {
  constructor(
    readonly page: Page,
    readonly locale: Locale = "vi"
  ) {}

  get labels() {
    return LABELS[this.locale]
  }

  inLocale(locale: Locale) {
    return new CheckoutPage(this.page, locale)
  }

  main() {
    return this.page.getByRole("main")
  }

  async openProduct(handle: string) {
    await this.page.goto(`/${this.locale}/products/${handle}`)
  }

  addToCartButton() {
    return this.main().getByRole("button", { name: this.labels.addToCart })
  }

  async addToCart(quantity = 1) {
    await this.main().getByRole("spinbutton", { name: this.labels.quantity, exact: true }).fill(String(quantity))
    await this.addToCartButton().click()
  }

  addedNotice() {
    return this.main().getByRole("status").filter({ hasText: this.labels.added })
  }

  /** The header's link to the cart; its name says how many units the cart holds. */
  miniCart() {
    return this.page.getByRole("banner").getByRole("link", { name: new RegExp(`^${escape(this.labels.cart)}`) })
  }

  async openCart() {
    await this.page.goto(`/${this.locale}/cart`)
  }

  /** The cart's sections, one per producer, each named after its producer. */
  cartGroup(producer: string) {
    return this.main().getByRole("region", { name: producer, exact: true })
  }

  cartLine(title: string) {
    return this.main()
      .getByRole("listitem")
      .filter({ has: this.page.getByRole("heading", { name: title, exact: true }) })
  }

  async setLineQuantity(title: string, quantity: number) {
    const line = this.cartLine(title)
    await line.getByRole("spinbutton", { name: `${this.labels.quantity} ${title}` }).fill(String(quantity))
    await line.getByRole("button", { name: `${this.labels.update} ${title}` }).click()
  }

  async removeLine(title: string) {
    await this.cartLine(title)
      .getByRole("button", { name: `${this.labels.remove} ${title}` })
      .click()
  }

  async goToCheckout() {
    await this.main().getByRole("link", { name: this.labels.goToCheckout }).click()
  }

  field(label: string) {
    return this.main().getByLabel(label, { exact: true })
  }

  provinceSelect() {
    return this.main().getByRole("combobox", { name: this.labels.province, exact: true })
  }

  communeSelect() {
    return this.main().getByRole("combobox", { name: this.labels.commune, exact: true })
  }

  /** Chooses the province, waits for its communes and picks the first one; returns the commune's name. */
  async chooseProvince(province: string): Promise<string> {
    await this.provinceSelect().selectOption({ label: province })
    const firstCommune = this.communeSelect().locator("option").nth(1)
    await firstCommune.waitFor({ state: "attached" })
    const commune = (await firstCommune.textContent()) ?? ""
    await this.communeSelect().selectOption({ label: commune })
    return commune
  }

  async communeNames(): Promise<string[]> {
    return (await this.communeSelect().locator("option").allTextContents()).slice(1)
  }

  /** Fills contact and address; returns the commune it chose. */
  async fillAddress(buyer: Buyer): Promise<string> {
    await this.field(this.labels.email).fill(buyer.email)
    await this.field(this.labels.phone).fill(buyer.phone)
    await this.field(this.labels.name).fill(buyer.name)
    const commune = await this.chooseProvince(buyer.province)
    await this.field(this.labels.street).fill(buyer.street)
    if (buyer.note) await this.field(this.labels.note).fill(buyer.note)
    return commune
  }

  /** The form's own error summary (Next's route announcer is an alert too, outside main). */
  formAlert() {
    return this.main().getByRole("alert")
  }

  async continue() {
    await this.main().getByRole("button", { name: this.labels.continue }).click()
  }

  step(number: number) {
    return this.main().getByRole("region", { name: new RegExp(`^${number}\\. `) })
  }

  stepHeading(number: number) {
    return this.step(number).getByRole("heading", { level: 2 })
  }

  deliveryGroup(producer: string) {
    return this.main().getByRole("group", { name: this.labels.deliveryFrom(producer) })
  }

  /** A producer's delivery choice; its name is all its label says (kind, place, fee). */
  deliveryOption(producer: string, delivery: Delivery) {
    return this.deliveryGroup(producer).getByRole("radio", {
      name: new RegExp(`^${escape(this.labels.delivery[delivery])}`),
    })
  }

  async chooseDelivery(producer: string, delivery: Delivery) {
    await this.deliveryOption(producer, delivery).check()
  }

  paymentOption(method: PaymentMethod) {
    return this.main().getByRole("radio", { name: new RegExp(`^${escape(this.labels.payment[method])}`) })
  }

  review() {
    return this.main().getByRole("region", { name: this.labels.review })
  }

  reviewProducerTotals() {
    return this.review().getByTestId("review-producer-total")
  }

  reviewTotal() {
    return this.review().getByTestId("review-total")
  }

  async placeOrder() {
    await this.main().getByRole("button", { name: this.labels.placeOrder, exact: true }).click()
  }

  thanks() {
    return this.page.getByRole("heading", { level: 1, name: this.labels.thanks })
  }

  /** The confirmation's cards, one per producer's order, each named after its producer. */
  producerOrders() {
    return this.main().getByRole("article")
  }

  producerOrder(producer: string) {
    return this.main().getByRole("article", { name: producer })
  }

  producerOrderTotal(order: Locator) {
    return order.getByTestId("producer-order-total")
  }

  groupTotal() {
    return this.main().getByTestId("order-group-total")
  }

  transferQr() {
    return this.main().getByRole("img", { name: this.labels.qr })
  }

  transferReference() {
    return this.main().getByTestId("transfer-reference")
  }

  transferAmount() {
    return this.main().getByTestId("transfer-amount")
  }

  copyButton(what: "accountNumber" | "amount" | "reference") {
    return this.main().getByRole("button", { name: this.labels.copy[what], exact: true })
  }

  /** What the page put on the clipboard (the context must be granted clipboard-read). */
  async clipboardText() {
    return this.page.evaluate(() => navigator.clipboard.readText())
  }

  saveQrLink() {
    return this.main().getByRole("link", { name: this.labels.saveQr, exact: true })
  }

  /** Clicks the save link and returns the file the browser downloads. */
  async saveQr() {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.saveQrLink().click()])
    return download
  }

  /** What the transfer's QR code says: the image drawn on a canvas, its pixels read by jsQR. */
  async decodeTransferQr(): Promise<string | null> {
    return decodeQrImage(this.transferQr(), 480)
  }

  /** How wide the page is drawn: more than the viewport means a horizontal scroll. */
  async scrollWidth() {
    return this.page.evaluate(() => document.scrollingElement!.scrollWidth)
  }
}
