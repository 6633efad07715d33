import { languageOf } from "./order-emails"

// What the marketplace tells a buyer company, and the office when a company registers.
export type CompanyEmailKind =
  "company_registered" | "company_verified" | "company_rejected" | "company_suspended" | "company_reinstated"

export type CompanyEmailInput = {
  kind: CompanyEmailKind
  locale?: string | null
  storefront_url: string
  legal_name: string
  tax_code: string
  // The office's reason for a rejection or suspension.
  reason?: string | null
  // The company's id, for the office's link to its review page.
  company_id?: string | null
}

type Lines = { subject: string; body: string }

const TEXT: Record<"vi" | "en", Record<CompanyEmailKind, (i: CompanyEmailInput) => Lines>> = {
  vi: {
    company_registered: (i) => ({
      subject: `Doanh nghiệp mới đăng ký mua sỉ: ${i.legal_name}`,
      body: `${i.legal_name} (MST ${i.tax_code}) vừa đăng ký mua sỉ và chờ văn phòng OCOP xác minh.`,
    }),
    company_verified: (i) => ({
      subject: "Doanh nghiệp đã được xác minh: bắt đầu mua sỉ",
      body: `Văn phòng OCOP đã xác minh ${i.legal_name} (MST ${i.tax_code}). Nhân viên của doanh nghiệp nay thấy giá sỉ khi đăng nhập.`,
    }),
    company_rejected: (i) => ({
      subject: "Đăng ký mua sỉ chưa được xác minh",
      body: `Văn phòng OCOP chưa xác minh ${i.legal_name} (MST ${i.tax_code}). Lý do: ${i.reason}. Bạn có thể sửa thông tin và gửi lại.`,
    }),
    company_suspended: (i) => ({
      subject: "Tài khoản mua sỉ tạm ngừng",
      body: `Văn phòng OCOP đã tạm ngừng mua sỉ của ${i.legal_name} (MST ${i.tax_code}). Lý do: ${i.reason}. Trong thời gian này doanh nghiệp mua với giá lẻ.`,
    }),
    company_reinstated: (i) => ({
      subject: "Tài khoản mua sỉ đã mở lại",
      body: `Văn phòng OCOP đã mở lại mua sỉ cho ${i.legal_name} (MST ${i.tax_code}).`,
    }),
  },
  en: {
    company_registered: (i) => ({
      subject: `New wholesale buyer registered: ${i.legal_name}`,
      body: `${i.legal_name} (tax code ${i.tax_code}) registered to buy wholesale and awaits the OCOP office's verification.`,
    }),
    company_verified: (i) => ({
      subject: "Your company is verified: start buying wholesale",
      body: `The OCOP office verified ${i.legal_name} (tax code ${i.tax_code}). The company's staff now see wholesale prices when signed in.`,
    }),
    company_rejected: (i) => ({
      subject: "Your wholesale registration was not verified",
      body: `The OCOP office did not verify ${i.legal_name} (tax code ${i.tax_code}). Reason: ${i.reason}. You can correct the details and send them again.`,
    }),
    company_suspended: (i) => ({
      subject: "Your wholesale account is suspended",
      body: `The OCOP office suspended wholesale buying for ${i.legal_name} (tax code ${i.tax_code}). Reason: ${i.reason}. Meanwhile the company buys at retail prices.`,
    }),
    company_reinstated: (i) => ({
      subject: "Your wholesale account is open again",
      body: `The OCOP office reopened wholesale buying for ${i.legal_name} (tax code ${i.tax_code}).`,
    }),
  },
}

/**
 * Subject, text and link of one e-mail about a buyer company, in its language: the office's gets
 * the admin's review page (`admin_url`), the company's its account page in the storefront.
 */
export function companyEmail(input: CompanyEmailInput & { admin_url?: string }) {
  const lang = languageOf(input.locale)
  const { subject, body } = TEXT[lang][input.kind](input)
  const url =
    input.kind === "company_registered"
      ? new URL(`/app/companies/${input.company_id ?? ""}`, input.admin_url ?? input.storefront_url)
      : new URL(`/${lang}/account/company`, input.storefront_url)
  return { subject, text: [body, "", url.toString()].join("\n"), url: url.toString() }
}
