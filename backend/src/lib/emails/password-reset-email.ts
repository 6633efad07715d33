import { languageOf } from "./order-emails"

const TEXT = {
  vi: {
    subject: "Đặt lại mật khẩu Chợ OCOP",
    body: "Bạn (hoặc ai đó) vừa yêu cầu đặt lại mật khẩu cho tài khoản này. Mở liên kết dưới đây trong vòng 15 phút để chọn mật khẩu mới:",
    ignore: "Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu của bạn không thay đổi.",
  },
  en: {
    subject: "Reset your Chợ OCOP password",
    body: "You (or someone else) asked to reset the password of this account. Open the link below within 15 minutes to choose a new one:",
    ignore: "If you did not ask for it, ignore this e-mail: your password stays as it is.",
  },
}

// Where each kind of sign-in chooses its new password in the storefront.
const RESET_PAGES = { customer: "account/reset-password", producer: "producer/reset-password" } as const
export type PasswordResetActor = keyof typeof RESET_PAGES

/** The e-mail with the link that lets a customer (or a producer's member) choose a new password, in its language. */
export function passwordResetEmail(input: {
  email: string
  token: string
  locale?: string | null
  storefrontUrl: string
  actor?: PasswordResetActor
}) {
  const lang = languageOf(input.locale)
  const t = TEXT[lang]
  const url = new URL(`/${lang}/${RESET_PAGES[input.actor ?? "customer"]}`, input.storefrontUrl)
  url.searchParams.set("token", input.token)
  url.searchParams.set("email", input.email)
  return { subject: t.subject, text: [t.body, "", url.toString(), "", t.ignore].join("\n"), url: url.toString() }
}
