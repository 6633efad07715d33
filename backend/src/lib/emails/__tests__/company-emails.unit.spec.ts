import { describe, expect, it } from "vitest"
import { companyEmail } from "../company-emails"

const BASE = {
  storefront_url: "https://cho-ocop.vn",
  admin_url: "https://admin.cho-ocop.vn",
  legal_name: "Công ty TNHH Siêu thị Him Lam",
  tax_code: "0100109106",
  company_id: "comp_01",
}

describe("companyEmail", () => {
  it("tells a rejected company the office's reason in Vietnamese, with a link to its account page", () => {
    const email = companyEmail({ ...BASE, kind: "company_rejected", reason: "MST không khớp tên" })
    expect(email.subject).toBe("Đăng ký mua sỉ chưa được xác minh")
    expect(email.text).toContain("Lý do: MST không khớp tên.")
    expect(email.url).toBe("https://cho-ocop.vn/vi/account/company")
  })

  it("writes in English for an English locale", () => {
    const email = companyEmail({ ...BASE, kind: "company_suspended", locale: "en-GB", reason: "Overdue" })
    expect(email.subject).toBe("Your wholesale account is suspended")
    expect(email.url).toBe("https://cho-ocop.vn/en/account/company")
  })

  it("sends the office to the company's review page in the admin", () => {
    const email = companyEmail({ ...BASE, kind: "company_registered" })
    expect(email.text).toContain("MST 0100109106")
    expect(email.url).toBe("https://admin.cho-ocop.vn/app/companies/comp_01")
  })
})
