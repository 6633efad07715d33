/** The invitation a company admin sends a colleague: Vietnamese first, English below. */
export function companyStaffEmail(input: { company_name: string; token: string; storefront_url: string }) {
  const url = `${input.storefront_url}/vi/account/company/join?token=${encodeURIComponent(input.token)}`
  return {
    subject: `Lời mời mua hàng sỉ cho ${input.company_name}`,
    text: [
      `${input.company_name} mời bạn cùng mua hàng sỉ trên Chợ OCOP. Đăng nhập (hoặc đăng ký) bằng chính địa chỉ e-mail này rồi mở liên kết trong 7 ngày:`,
      url,
      "",
      `${input.company_name} invites you to buy wholesale on the OCOP Marketplace. Sign in (or register) with this e-mail address and open the link within 7 days.`,
    ].join("\n"),
    url,
  }
}
