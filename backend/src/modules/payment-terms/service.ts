import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"

type TermsData = { authorized_at?: string; paid_at?: string; cancelled_at?: string }

const termsOf = (input: { data?: Record<string, unknown> }) => (input.data ?? {}) as TermsData
const nowIso = () => new Date().toISOString()

/**
 * Pay on terms (thanh toán công nợ): a verified company's order is placed on authorization and no
 * money moves. Each producer order gets an invoice (modules/ledger); the payment is captured when
 * its invoices are paid. Who may use it, and up to what balance, is checked when the cart is
 * completed (src/workflows/hooks/terms-credit.ts), not here: a provider sees no customer.
 */
export class TermsPaymentProvider extends AbstractPaymentProvider {
  static identifier = "terms"

  constructor(container: Record<string, unknown>, options: Record<string, unknown> = {}) {
    super(container, options)
  }

  async initiatePayment(_input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    return { id: `terms_${Date.now()}`, data: {}, status: PaymentSessionStatus.PENDING }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { data: input.data ?? {}, status: PaymentSessionStatus.PENDING }
  }

  // getPaymentStatus sees only the data, so authorization is recorded in it.
  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return {
      data: { ...input.data, authorized_at: termsOf(input).authorized_at ?? nowIso() },
      status: PaymentSessionStatus.AUTHORIZED,
    }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: { ...input.data, paid_at: termsOf(input).paid_at ?? nowIso() } }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: { ...input.data, cancelled_at: termsOf(input).cancelled_at ?? nowIso() } }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return this.cancelPayment(input)
  }

  // Nothing was taken from the buyer: a refund only lowers what the invoice asks for.
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    return { data: input.data ?? {} }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const terms = termsOf(input)
    const status = terms.paid_at
      ? PaymentSessionStatus.CAPTURED
      : terms.cancelled_at
        ? PaymentSessionStatus.CANCELED
        : terms.authorized_at
          ? PaymentSessionStatus.AUTHORIZED
          : PaymentSessionStatus.PENDING
    return { status, data: input.data }
  }

  // Invoices are paid by bank transfer, found by importing bank statements.
  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
