import { languageOf } from "./order-emails"

// What the marketplace tells a producer's people. Producers read Vietnamese unless they chose English.
export type ProducerEmailKind =
  | "application_approved"
  | "application_rejected"
  | "producer_suspended"
  | "member_invited"
  | "listing_approved"
  | "listing_rejected"
  | "experience_approved"
  | "experience_rejected"
  | "certificate_request_approved"
  | "certificate_request_rejected"

export type ProducerEmailInput = {
  kind: ProducerEmailKind
  locale?: string | null
  storefront_url: string
  producer_name: string
  // The product a listing or certificate e-mail is about; the reason of a rejection or suspension.
  product_title?: string | null
  reason?: string | null
  // An invitation's token, put in the link.
  invite_token?: string | null
}

type Lines = { subject: string; body: string }

const TEXT: Record<"vi" | "en", Record<ProducerEmailKind, (i: ProducerEmailInput) => Lines>> = {
  vi: {
    application_approved: (i) => ({
      subject: "Hồ sơ chủ thể OCOP đã được duyệt",
      body: `Văn phòng OCOP đã duyệt hồ sơ của ${i.producer_name}. Bạn có thể đăng sản phẩm ngay.`,
    }),
    application_rejected: (i) => ({
      subject: "Hồ sơ chủ thể OCOP chưa được duyệt",
      body: `Văn phòng OCOP chưa duyệt hồ sơ của ${i.producer_name}. Lý do: ${i.reason}. Bạn có thể sửa hồ sơ và gửi lại.`,
    }),
    producer_suspended: (i) => ({
      subject: "Gian hàng tạm ngừng bán",
      body: `Văn phòng OCOP đã tạm ngừng gian hàng ${i.producer_name}. Lý do: ${i.reason}. Sản phẩm của gian hàng tạm ngừng bán; bạn vẫn đăng nhập, xem được dữ liệu và hoàn tất hoặc huỷ các đơn đã có.`,
    }),
    member_invited: (i) => ({
      subject: `Lời mời tham gia gian hàng ${i.producer_name}`,
      body: `Bạn được mời quản lý gian hàng ${i.producer_name} trên Chợ OCOP. Mở liên kết dưới đây trong 7 ngày để tạo tài khoản:`,
    }),
    listing_approved: (i) => ({
      subject: "Sản phẩm đã được duyệt",
      body: `Sản phẩm "${i.product_title}" của ${i.producer_name} đã được duyệt và đang bán.`,
    }),
    listing_rejected: (i) => ({
      subject: "Sản phẩm chưa được duyệt",
      body: `Sản phẩm "${i.product_title}" chưa được duyệt. Lý do: ${i.reason}. Sửa sản phẩm để gửi duyệt lại.`,
    }),
    experience_approved: (i) => ({
      subject: "Trải nghiệm đã được duyệt",
      body: `Trải nghiệm "${i.product_title}" của ${i.producer_name} đã được duyệt và đang nhận đặt chỗ.`,
    }),
    experience_rejected: (i) => ({
      subject: "Trải nghiệm chưa được duyệt",
      body: `Trải nghiệm "${i.product_title}" chưa được duyệt. Lý do: ${i.reason}. Sửa trải nghiệm để gửi duyệt lại.`,
    }),
    certificate_request_approved: (i) => ({
      subject: "Giấy chứng nhận OCOP đã được ghi nhận",
      body: `Văn phòng OCOP đã ghi nhận giấy chứng nhận cho sản phẩm "${i.product_title}".`,
    }),
    certificate_request_rejected: (i) => ({
      subject: "Giấy chứng nhận OCOP chưa được ghi nhận",
      body: `Bản chụp giấy chứng nhận của sản phẩm "${i.product_title}" chưa được ghi nhận. Lý do: ${i.reason}.`,
    }),
  },
  en: {
    application_approved: (i) => ({
      subject: "Your OCOP producer application is approved",
      body: `The OCOP office approved ${i.producer_name}. You can list products now.`,
    }),
    application_rejected: (i) => ({
      subject: "Your OCOP producer application was not approved",
      body: `The OCOP office did not approve ${i.producer_name}. Reason: ${i.reason}. You can correct the application and send it again.`,
    }),
    producer_suspended: (i) => ({
      subject: "Your shop is suspended",
      body: `The OCOP office suspended ${i.producer_name}. Reason: ${i.reason}. Its products are off sale meanwhile; you can still sign in, read your data and fulfil or cancel the orders you already have.`,
    }),
    member_invited: (i) => ({
      subject: `Invitation to ${i.producer_name}`,
      body: `You are invited to manage ${i.producer_name} on Chợ OCOP. Open the link below within 7 days to create your account:`,
    }),
    listing_approved: (i) => ({
      subject: "Your product is approved",
      body: `"${i.product_title}" of ${i.producer_name} is approved and on sale.`,
    }),
    listing_rejected: (i) => ({
      subject: "Your product was not approved",
      body: `"${i.product_title}" was not approved. Reason: ${i.reason}. Edit the product to send it for review again.`,
    }),
    experience_approved: (i) => ({
      subject: "Your experience is approved",
      body: `"${i.product_title}" of ${i.producer_name} is approved and open for booking.`,
    }),
    experience_rejected: (i) => ({
      subject: "Your experience was not approved",
      body: `"${i.product_title}" was not approved. Reason: ${i.reason}. Edit the experience to send it for review again.`,
    }),
    certificate_request_approved: (i) => ({
      subject: "OCOP certificate recorded",
      body: `The OCOP office recorded the certificate of "${i.product_title}".`,
    }),
    certificate_request_rejected: (i) => ({
      subject: "OCOP certificate not recorded",
      body: `The certificate scan of "${i.product_title}" was not recorded. Reason: ${i.reason}.`,
    }),
  },
}

/** Subject, text and the portal link of one e-mail to a producer, in its language. */
export function producerEmail(input: ProducerEmailInput) {
  const lang = languageOf(input.locale)
  const { subject, body } = TEXT[lang][input.kind](input)
  const url = new URL(
    input.kind === "member_invited" ? `/${lang}/producer/join` : `/${lang}/producer`,
    input.storefront_url
  )
  if (input.invite_token) url.searchParams.set("token", input.invite_token)
  return { subject, text: [body, "", url.toString()].join("\n"), url: url.toString() }
}
