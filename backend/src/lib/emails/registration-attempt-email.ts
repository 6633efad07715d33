import { languageOf } from "./order-emails"

const TEXT = {
  vi: {
    subject: "Có người vừa thử đăng ký Chợ OCOP bằng e-mail của bạn",
    body: "Ai đó (có thể là bạn) vừa thử tạo tài khoản mới bằng e-mail này, nhưng e-mail đã có tài khoản nên không có tài khoản nào được tạo. Hãy đăng nhập:",
    forgot: "Nếu bạn quên mật khẩu, hãy đặt lại tại đây:",
    ignore: "Nếu không phải bạn, hãy bỏ qua thư này: tài khoản của bạn không thay đổi.",
  },
  en: {
    subject: "Someone tried to register at Chợ OCOP with your e-mail",
    body: "Someone (perhaps you) just tried to create a new account with this e-mail; it already has one, so none was created. Sign in here:",
    forgot: "If you forgot your password, reset it here:",
    ignore: "If it was not you, ignore this e-mail: your account stays as it is.",
  },
}

// Where each kind of sign-in signs in and asks for a new password in the storefront.
const PAGES = {
  customer: { signIn: "account/sign-in", forgot: "account/forgot-password" },
  producer: { signIn: "producer/sign-in", forgot: "producer/forgot-password" },
} as const
export type RegistrationActor = keyof typeof PAGES

export const isRegistrationActor = (actor: string): actor is RegistrationActor => actor in PAGES

/** The letter to an account's owner when its e-mail is used to register again: the answer to the form itself tells nothing. */
export function registrationAttemptEmail(input: {
  actor: RegistrationActor
  locale?: string | null
  storefrontUrl: string
}) {
  const lang = languageOf(input.locale)
  const t = TEXT[lang]
  const page = (path: string) => new URL(`/${lang}/${path}`, input.storefrontUrl).toString()
  const signInUrl = page(PAGES[input.actor].signIn)
  const forgotUrl = page(PAGES[input.actor].forgot)
  return {
    subject: t.subject,
    text: [t.body, signInUrl, "", t.forgot, forgotUrl, "", t.ignore].join("\n"),
    signInUrl,
    forgotUrl,
  }
}
