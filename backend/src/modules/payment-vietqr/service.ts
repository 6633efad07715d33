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
import { AbstractPaymentProvider, MathBN, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { resolveVietQrOptions, ResolvedVietQrOptions, VIETQR_PROVIDER_ID, VietQrProviderOptions } from "./options"
import { BankTransferData, newBankTransfer } from "./transfer"

const transferOf = (input: { data?: Record<string, unknown> }) => (input.data ?? {}) as Partial<BankTransferData>
const nowIso = () => new Date().toISOString()

/**
 * Payment by bank transfer to the shop's own account, asked for with a VietQR. No bank talks to
 * us: the order is placed on authorization and waits for the money, and the payment is captured
 * when the transfer is found in an imported bank statement (src/lib/bank-statement).
 */
export class VietQrPaymentProvider extends AbstractPaymentProvider<VietQrProviderOptions> {
  static identifier = VIETQR_PROVIDER_ID

  protected readonly options_: ResolvedVietQrOptions

  static validateOptions(options: Record<string, unknown>): void {
    resolveVietQrOptions(options)
  }

  constructor(container: Record<string, unknown>, options: VietQrProviderOptions) {
    super(container, options)
    this.options_ = resolveVietQrOptions(options)
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const transfer = newBankTransfer(this.options_, input)
    return { id: transfer.reference, data: transfer, status: PaymentSessionStatus.PENDING }
  }

  /**
   * A new amount gets a new reference and QR, so a transfer made for the old amount can never
   * match this session. Medusa stores what this returns as the whole of the session's data, so
   * the fields it put there itself (session_id) are carried over.
   */
  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const { session_id } = input.data ?? {}
    const transfer = newBankTransfer(this.options_, input)
    return { data: { ...(session_id ? { session_id } : {}), ...transfer }, status: PaymentSessionStatus.PENDING }
  }

  // getPaymentStatus sees only the data, so authorization is recorded in it.
  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const transfer = transferOf(input)
    return {
      data: { ...input.data, authorized_at: transfer.authorized_at ?? nowIso() },
      status: PaymentSessionStatus.AUTHORIZED,
    }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: { ...input.data, paid_at: transferOf(input).paid_at ?? nowIso() } }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: { ...input.data, cancelled_at: transferOf(input).cancelled_at ?? nowIso() } }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return this.cancelPayment(input)
  }

  /** The operator sends the money back from the bank; this only records that they did. */
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const refunds = transferOf(input).refunds ?? []
    const refund = { amount: MathBN.convert(input.amount).toNumber(), refunded_at: nowIso() }
    return { data: { ...input.data, refunds: [...refunds, refund] } }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const transfer = transferOf(input)
    const status = transfer.paid_at
      ? PaymentSessionStatus.CAPTURED
      : transfer.cancelled_at
        ? PaymentSessionStatus.CANCELED
        : transfer.authorized_at
          ? PaymentSessionStatus.AUTHORIZED
          : PaymentSessionStatus.PENDING
    return { status, data: input.data }
  }

  // Transfers are found by importing bank statements, not announced by the bank.
  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
