import { getLocale, getTranslations } from "next-intl/server"
import QRCode from "qrcode"
import type { BankTransfer } from "@/lib/checkout/types"
import { formatDateTime } from "@/lib/util/date"
import { formatPrice } from "@/lib/util/money"
import styles from "./order-confirmation.module.css"

/**
 * How to pay by bank transfer: the VietQR a banking app scans (drawn on the server from the
 * backend's payload, so account, amount and reference cannot be mistyped) and the same details
 * to type by hand.
 */
export async function BankTransferDetails({ transfer }: { transfer: BankTransfer }) {
  const t = await getTranslations("Order.bankTransfer")
  const locale = await getLocale()
  const svg = await QRCode.toString(transfer.qr_payload, { type: "svg", errorCorrectionLevel: "M", margin: 2 })
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`

  return (
    <section className={styles.panel} aria-labelledby="bank-transfer-heading">
      <h2 id="bank-transfer-heading" className={styles.panelHeading}>
        {t("heading")}
      </h2>
      <p>{t("lead")}</p>
      <div className={styles.transfer}>
        <img src={src} alt={t("qrAlt")} width={220} height={220} className={styles.qr} />
        <dl className={styles.facts}>
          <div>
            <dt>{t("bank")}</dt>
            <dd>{transfer.bank_name ?? transfer.bank_bin}</dd>
          </div>
          <div>
            <dt>{t("accountNumber")}</dt>
            <dd className={styles.code}>{transfer.account_number}</dd>
          </div>
          <div>
            <dt>{t("accountName")}</dt>
            <dd>{transfer.account_name}</dd>
          </div>
          <div>
            <dt>{t("amount")}</dt>
            <dd className={styles.amount} data-testid="transfer-amount">
              {formatPrice(transfer.amount, "vnd")}
            </dd>
          </div>
          <div>
            <dt>{t("reference")}</dt>
            <dd className={styles.code} data-testid="transfer-reference">
              {transfer.reference}
            </dd>
          </div>
          <div>
            <dt>{t("deadline")}</dt>
            <dd>
              <time dateTime={transfer.expires_at}>{formatDateTime(transfer.expires_at, locale)}</time>
            </dd>
          </div>
        </dl>
      </div>
      <p className={styles.note}>{t("exact")}</p>
    </section>
  )
}
