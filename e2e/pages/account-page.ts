import { labelledPage } from "./labelled-page"

const LABELS = {
  vi: {
    firstName: "Tên",
    lastName: "Họ",
    email: "E-mail",
    phone: "Số điện thoại",
    password: "Mật khẩu",
    register: "Tạo tài khoản",
    signIn: "Đăng nhập",
    signOut: "Đăng xuất",
    noOrders: "Bạn chưa có đơn hàng nào.",
    reorder: "Mua lại",
    paid: "Đã thanh toán",
    awaitingPayment: "Chờ thanh toán",
    placed: "Đã đặt",
  },
  en: {
    firstName: "First name",
    lastName: "Last name",
    email: "E-mail",
    phone: "Phone",
    password: "Password",
    register: "Create account",
    signIn: "Sign in",
    signOut: "Sign out",
    noOrders: "You have no orders yet.",
    reorder: "Buy again",
    paid: "Paid",
    awaitingPayment: "Awaiting payment",
    placed: "Placed",
  },
}

export type Customer = { firstName: string; lastName: string; email: string; phone: string; password: string }

/** Registration, sign-in and the customer's order history at /account. */
export class AccountPage extends labelledPage(LABELS) {
  async register(customer: Customer) {
    await this.page.goto(`/${this.locale}/account/register`)
    await this.field(this.labels.firstName).fill(customer.firstName)
    await this.field(this.labels.lastName).fill(customer.lastName)
    await this.field(this.labels.email).fill(customer.email)
    await this.field(this.labels.phone).fill(customer.phone)
    await this.field(this.labels.password).fill(customer.password)
    await this.main().getByRole("button", { name: this.labels.register }).click()
  }

  async signIn(email: string, password: string) {
    await this.page.goto(`/${this.locale}/account/sign-in`)
    await this.field(this.labels.email).fill(email)
    await this.field(this.labels.password).fill(password)
    await this.main().getByRole("button", { name: this.labels.signIn }).click()
  }

  async openHistory() {
    await this.page.goto(`/${this.locale}/account`)
  }

  historyEntries() {
    return this.main().getByTestId("order-history-entry")
  }

  paymentStatus(entry = this.historyEntries().first()) {
    return entry.getByTestId("payment-status")
  }

  producerOrders(entry = this.historyEntries().first()) {
    return entry.getByTestId("history-producer-order")
  }
}
