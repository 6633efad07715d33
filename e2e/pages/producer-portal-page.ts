import { labelledPage } from "./labelled-page"

// The portal's own words in each language, as a producer reads them.
const LABELS = {
  vi: {
    email: "E-mail",
    password: "Mật khẩu",
    forgotPassword: "Quên mật khẩu?",
    sendResetLink: "Gửi liên kết",
    saveNewPassword: "Lưu mật khẩu mới",
    memberName: "Họ và tên",
    name: "Tên chủ thể",
    legalForm: "Loại hình",
    taxCode: "Mã số thuế",
    representative: "Người đại diện",
    phone: "Số điện thoại",
    province: "Tỉnh, thành phố",
    commune: "Xã, phường",
    street: "Số nhà, đường, thôn, bản",
    womenLed: "Phụ nữ làm chủ",
    ethnicMinorityLed: "Dân tộc thiểu số làm chủ",
    ethnicGroup: "Dân tộc",
    storyVi: "Giới thiệu (tiếng Việt)",
    storyEn: "Giới thiệu (tiếng Anh)",
    apply: "Gửi đăng ký",
    signIn: "Đăng nhập",
    signOut: "Đăng xuất",
    nav: "Gian hàng",
    title: "Tên sản phẩm (tiếng Việt)",
    titleEn: "Tên sản phẩm (tiếng Anh)",
    description: "Mô tả (tiếng Việt)",
    descriptionEn: "Mô tả (tiếng Anh)",
    productSet: "Bộ sản phẩm OCOP",
    growingArea: "Mã vùng trồng (không bắt buộc)",
    variant: (number: number) => `Quy cách ${number}`,
    variantTitle: "Quy cách",
    sku: "Mã SKU (không bắt buộc)",
    price: "Giá bán (đồng)",
    saveVariant: "Lưu quy cách",
    saved: "Đã lưu.",
    stock: "Số lượng trong kho",
    addVariant: "Thêm quy cách",
    sendForReview: "Gửi duyệt",
    image: "Ảnh sản phẩm (JPEG, PNG hoặc WebP, tối đa 10 MB)",
    certificateFile: "Bản chụp giấy chứng nhận (PDF hoặc ảnh, tối đa 10 MB)",
    sendCertificate: "Gửi cho Văn phòng OCOP",
    uploadImage: "Tải ảnh lên",
    imageAlt: (number: number, title: string) => `Ảnh ${number} của ${title}`,
    carrier: "Đơn vị vận chuyển",
    trackingNumber: "Mã vận đơn",
    cancelReason: "Lý do huỷ",
    step: {
      accept: "Nhận đơn",
      pack: "Đánh dấu đã đóng gói",
      ship: "Đánh dấu đã gửi hàng",
      deliver: "Đánh dấu đã giao",
      cancel: "Huỷ đơn",
    },
    notFound: "Không tìm thấy trang",
    wholesaleMinimum: "Giá trị đơn sỉ tối thiểu (₫)",
    saveWholesaleSettings: "Lưu",
    minQuantity: "Số lượng sỉ tối thiểu",
    casePack: "Quy cách thùng",
    tier: (number: number) => `Bậc giá ${number}`,
    tierFrom: "Từ số lượng",
    tierPrice: "Đơn giá (₫)",
    saveTiers: "Lưu giá sỉ",
    invoiceDetails: "Thông tin xuất hóa đơn",
    payment: "Thanh toán",
    quotePrice: (title: string, quantity: number) => `Đơn giá (₫) cho ${title} × ${quantity}`,
    quoteValidUntil: "Giá có hiệu lực đến hết ngày",
    sendQuote: "Gửi báo giá",
    quoteAnswer: "Báo giá",
  },
  en: {
    email: "E-mail",
    password: "Password",
    forgotPassword: "Forgot your password?",
    sendResetLink: "Send the link",
    saveNewPassword: "Save the new password",
    memberName: "Full name",
    name: "Producer name",
    legalForm: "Legal form",
    taxCode: "Tax code",
    representative: "Legal representative",
    phone: "Phone",
    province: "Province",
    commune: "Commune or ward",
    street: "House number, street, village",
    womenLed: "Women-led",
    ethnicMinorityLed: "Ethnic-minority-led",
    ethnicGroup: "Ethnic group",
    storyVi: "Story (Vietnamese)",
    storyEn: "Story (English)",
    apply: "Send application",
    signIn: "Sign in",
    signOut: "Sign out",
    nav: "Producer portal",
    title: "Product name (Vietnamese)",
    titleEn: "Product name (English)",
    description: "Description (Vietnamese)",
    descriptionEn: "Description (English)",
    productSet: "OCOP product set",
    growingArea: "Growing area code (optional)",
    variant: (number: number) => `Pack ${number}`,
    variantTitle: "Pack",
    sku: "SKU (optional)",
    price: "Price (đồng)",
    saveVariant: "Save pack",
    saved: "Saved.",
    stock: "Units in stock",
    addVariant: "Add a pack",
    sendForReview: "Send for review",
    image: "Product photo (JPEG, PNG or WebP, up to 10 MB)",
    certificateFile: "Certificate scan (PDF or photo, up to 10 MB)",
    sendCertificate: "Send to the OCOP office",
    uploadImage: "Upload photo",
    imageAlt: (number: number, title: string) => `Photo ${number} of ${title}`,
    carrier: "Carrier",
    trackingNumber: "Tracking number",
    cancelReason: "Reason for cancelling",
    step: {
      accept: "Accept order",
      pack: "Mark packed",
      ship: "Mark shipped",
      deliver: "Mark delivered",
      cancel: "Cancel order",
    },
    notFound: "Page not found",
    wholesaleMinimum: "Minimum wholesale order value (₫)",
    saveWholesaleSettings: "Save",
    minQuantity: "Minimum wholesale quantity",
    casePack: "Case pack",
    tier: (number: number) => `Price tier ${number}`,
    tierFrom: "From quantity",
    tierPrice: "Unit price (₫)",
    saveTiers: "Save wholesale prices",
    invoiceDetails: "Invoice details",
    payment: "Payment",
    quotePrice: (title: string, quantity: number) => `Unit price (₫) for ${title} × ${quantity}`,
    quoteValidUntil: "Prices hold until the end of",
    sendQuote: "Send the quote",
    quoteAnswer: "Your quote",
  },
}

/** An application as the producer types it; `legalForm` and `province` as their selects list them. */
export type ProducerApplication = {
  email: string
  password: string
  name: string
  legalForm: string
  taxCode: string
  representative: string
  phone: string
  province: string
  street: string
  womenLed?: boolean
  ethnicGroup?: string
  storyVi?: string
  storyEn?: string
}

export type NewListing = {
  title: string
  titleEn?: string
  description?: string
  /** The product set as the select lists it: "11. Chè tươi, chế biến". */
  productSet: string
  variants: { title: string; sku?: string; price: number; stock: number }[]
}

/** A pack's wholesale terms as the producer sets them; `tiers` fill the tier rows from the first. */
export type WholesaleTermsInput = {
  minQuantity?: number
  casePack?: number
  tiers?: { from: number; price: number }[]
}

export type OrderStep = keyof (typeof LABELS)["vi"]["step"]

/** The producer portal at /[locale]/producer: sign-up and sign-in, listings, orders. */
export class ProducerPortalPage extends labelledPage(LABELS) {
  /** The form's outcome: an error (role=alert; Next's route announcer is outside main) or a confirmation. */
  formAlert() {
    return this.main().getByRole("alert")
  }

  notices() {
    return this.main().getByRole("status")
  }

  portalNav() {
    return this.page.getByRole("navigation", { name: this.labels.nav })
  }

  notFoundHeading() {
    return this.page.getByRole("heading", { level: 1, name: this.labels.notFound })
  }

  /** Fills the sign-up form (sign-in and application) and sends it; picks the province's first commune. */
  async signUp(application: ProducerApplication) {
    await this.page.goto(`/${this.locale}/producer/register`)
    await this.field(this.labels.email).fill(application.email)
    await this.field(this.labels.password).fill(application.password)
    await this.field(this.labels.name).fill(application.name)
    await this.field(this.labels.legalForm).selectOption({ label: application.legalForm })
    await this.field(this.labels.taxCode).fill(application.taxCode)
    await this.field(this.labels.representative).fill(application.representative)
    await this.field(this.labels.phone).fill(application.phone)
    if (application.womenLed) await this.field(this.labels.womenLed).check()
    if (application.ethnicGroup) {
      await this.field(this.labels.ethnicMinorityLed).check()
      await this.field(this.labels.ethnicGroup).fill(application.ethnicGroup)
    }
    await this.field(this.labels.province).selectOption({ label: application.province })
    const firstCommune = this.field(this.labels.commune).locator("option").nth(1)
    await firstCommune.waitFor({ state: "attached" })
    await this.field(this.labels.commune).selectOption({ label: (await firstCommune.textContent()) ?? "" })
    await this.field(this.labels.street).fill(application.street)
    if (application.storyVi) await this.field(this.labels.storyVi).fill(application.storyVi)
    if (application.storyEn) await this.field(this.labels.storyEn).fill(application.storyEn)
    await this.main().getByRole("button", { name: this.labels.apply }).click()
  }

  async signIn(email: string, password: string) {
    await this.page.goto(`/${this.locale}/producer/sign-in`)
    await this.field(this.labels.email).fill(email)
    await this.field(this.labels.password).fill(password)
    await this.main().getByRole("button", { name: this.labels.signIn }).click()
  }

  /** "Quên mật khẩu?" from the sign-in page, then the e-mail the link goes to. */
  async requestPasswordReset(email: string) {
    await this.page.goto(`/${this.locale}/producer/sign-in`)
    await this.main().getByRole("link", { name: this.labels.forgotPassword }).click()
    // The sign-in page has an e-mail field too: fill the one of the page the link leads to.
    await this.page.waitForURL(`**/${this.locale}/producer/forgot-password`)
    await this.field(this.labels.email).fill(email)
    await this.main().getByRole("button", { name: this.labels.sendResetLink }).click()
  }

  /** The e-mailed link's page: the new password, saved. */
  async chooseNewPassword(resetUrl: string, password: string) {
    await this.page.goto(resetUrl)
    await this.field(this.labels.password).fill(password)
    await this.main().getByRole("button", { name: this.labels.saveNewPassword }).click()
  }

  async signOut() {
    await this.portalNav().getByRole("button", { name: this.labels.signOut }).click()
  }

  async openDashboard() {
    await this.page.goto(`/${this.locale}/producer`)
  }

  async openProducts() {
    await this.page.goto(`/${this.locale}/producer/products`)
  }

  async openProduct(id: string) {
    return this.page.goto(`/${this.locale}/producer/products/${id}`)
  }

  productCards() {
    return this.main().getByTestId("portal-product")
  }

  productCard(title: string) {
    return this.productCards().filter({ hasText: title })
  }

  listingStatus(card = this.productCards().first()) {
    return card.getByTestId("listing-status")
  }

  /** Fills the new-listing form (content and packs) and sends it for review. */
  async createListing(listing: NewListing) {
    await this.page.goto(`/${this.locale}/producer/products/new`)
    await this.field(this.labels.title).fill(listing.title)
    if (listing.titleEn) await this.field(this.labels.titleEn).fill(listing.titleEn)
    if (listing.description) await this.field(this.labels.description).fill(listing.description)
    await this.field(this.labels.productSet).selectOption({ label: listing.productSet })
    for (const [index, variant] of listing.variants.entries()) {
      if (index > 0) await this.main().getByRole("button", { name: this.labels.addVariant }).click()
      const row = this.main().getByRole("group", { name: this.labels.variant(index + 1), exact: true })
      await row.getByLabel(this.labels.variantTitle, { exact: true }).fill(variant.title)
      if (variant.sku) await row.getByLabel(this.labels.sku, { exact: true }).fill(variant.sku)
      await row.getByLabel(this.labels.price, { exact: true }).fill(String(variant.price))
      await row.getByLabel(this.labels.stock, { exact: true }).fill(String(variant.stock))
    }
    await this.main().getByRole("button", { name: this.labels.sendForReview }).click()
  }

  /** On a listing's page: one pack's row (its title, price and stock forms), by its place from 1. */
  variantRow(number: number) {
    return this.main().getByRole("listitem", { name: this.labels.variant(number), exact: true })
  }

  async setVariantPrice(number: number, price: number) {
    const row = this.variantRow(number)
    await row.getByLabel(this.labels.price, { exact: true }).fill(String(price))
    await row.getByRole("button", { name: this.labels.saveVariant }).click()
  }

  async uploadImage(file: string) {
    await this.field(this.labels.image).setInputFiles(file)
    await this.main().getByRole("button", { name: this.labels.uploadImage }).click()
  }

  async sendCertificateScan(file: string) {
    await this.field(this.labels.certificateFile).setInputFiles(file)
    await this.main().getByRole("button", { name: this.labels.sendCertificate }).click()
  }

  /** The links that download the scans sent for the open listing, newest first. */
  certificateScanLinks() {
    return this.main().getByTestId("certificate-request").getByRole("link")
  }

  image(number: number, title: string) {
    return this.main().getByRole("img", { name: this.labels.imageAlt(number, title) })
  }

  async openOrders(status?: string) {
    await this.page.goto(`/${this.locale}/producer/orders${status ? `?fulfilment_status=${status}` : ""}`)
  }

  async openOrder(id: string) {
    return this.page.goto(`/${this.locale}/producer/orders/${id}`)
  }

  orderCards() {
    return this.main().getByTestId("portal-order")
  }

  orderLink(displayId: number | string) {
    return this.main().getByRole("link", {
      name: this.locale === "en" ? `Order #${displayId}` : `Đơn #${displayId}`,
      exact: true,
    })
  }

  fulfilmentStatus() {
    return this.main().getByTestId("fulfilment-status").first()
  }

  stepButton(step: OrderStep) {
    return this.main().getByRole("button", { name: this.labels.step[step], exact: true })
  }

  async takeStep(step: Exclude<OrderStep, "ship" | "cancel">) {
    await this.stepButton(step).click()
  }

  async ship(carrier: string, trackingNumber: string) {
    await this.field(this.labels.carrier).fill(carrier)
    await this.field(this.labels.trackingNumber).fill(trackingNumber)
    await this.stepButton("ship").click()
  }

  shipment() {
    return this.main().getByTestId("shipment")
  }

  /** On an order's page: whom the VAT e-invoice names (legal name, tax code, address, e-mail). */
  invoiceDetails() {
    return this.main().getByRole("region", { name: this.labels.invoiceDetails })
  }

  /** On an order's page: how the buyer pays, then whether it has (its status line). */
  payment() {
    return this.main().getByRole("region", { name: this.labels.payment, exact: true })
  }

  paymentStatus() {
    return this.payment().getByTestId("payment-status")
  }

  async openWholesaleSettings() {
    await this.page.goto(`/${this.locale}/producer/wholesale`)
  }

  /** The minimum value of a wholesale buyer's part of a cart from this producer, saved. */
  async setWholesaleMinimum(amount: number) {
    await this.field(this.labels.wholesaleMinimum).fill(String(amount))
    await this.main().getByRole("button", { name: this.labels.saveWholesaleSettings, exact: true }).click()
  }

  /** On a listing's page: one pack's wholesale form (the card headed by the pack's title). */
  wholesaleForm(packTitle: string) {
    return this.main()
      .getByRole("listitem")
      .filter({ has: this.page.getByRole("heading", { level: 3, name: packTitle, exact: true }) })
      .filter({ has: this.page.getByRole("button", { name: this.labels.saveTiers }) })
  }

  async setVariantWholesale(packTitle: string, terms: WholesaleTermsInput) {
    const form = this.wholesaleForm(packTitle)
    if (terms.minQuantity) await form.getByLabel(this.labels.minQuantity).fill(String(terms.minQuantity))
    if (terms.casePack) await form.getByLabel(this.labels.casePack).fill(String(terms.casePack))
    for (const [index, tier] of (terms.tiers ?? []).entries()) {
      const row = form.getByRole("group", { name: this.labels.tier(index + 1), exact: true })
      await row.getByLabel(this.labels.tierFrom).fill(String(tier.from))
      await row.getByLabel(this.labels.tierPrice).fill(String(tier.price))
    }
    await form.getByRole("button", { name: this.labels.saveTiers }).click()
  }

  async openQuotes() {
    await this.page.goto(`/${this.locale}/producer/quotes`)
  }

  /** The answer form of a request for quote; its status says when the answer went to the buyer. */
  quoteAnswerForm() {
    return this.main().getByRole("form", { name: this.labels.quoteAnswer, exact: true })
  }

  /** The producer's answer to a request for quote: a unit price per line, and the last day they hold. */
  async answerQuote(prices: { title: string; quantity: number; price: number }[], validUntil: string) {
    const form = this.quoteAnswerForm()
    for (const line of prices)
      await form.getByLabel(this.labels.quotePrice(line.title, line.quantity), { exact: true }).fill(String(line.price))
    await form.getByLabel(this.labels.quoteValidUntil, { exact: true }).fill(validUntil)
    await form.getByRole("button", { name: this.labels.sendQuote }).click()
  }
}
