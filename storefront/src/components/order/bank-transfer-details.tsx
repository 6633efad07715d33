import { getLocale, getTranslations } from "next-intl/server"
import QRCode from "qrcode"
import { CopyButton } from "@/components/checkout/copy-button"
import shortcuts from "@/components/checkout/transfer-shortcuts.module.css"
import type { BankTransfer } from "@/lib/checkout/types"
import { formatDateTime } from "@/lib/util/date"
import { formatPrice } from "@/lib/util/money"
import styles from "./order-confirmation.module.css"

/**
 * How to pay by bank transfer: the VietQR a banking app scans (drawn on the server from the
 * backend's payload, so account, amount and reference cannot be mistyped) and the same details
 * to type or copy by hand. A PNG, not an SVG: a phone saves it to its photos, which its banking
 * app opens when the buyer pays from the same phone.
 */
export async function BankTransferDetails({ transfer }: { transfer: BankTransfer }) {
  const t = await getTranslations("Order.bankTransfer")
  const locale = await getLocale()
  const src = await QRCode.toDataURL(transfer.qr_payload, {
    type: "image/png",
    errorCorrectionLevel: "M",
    margin: 2,
    width: 480,
  })

  return (
    <section className={styles.panel} aria-labelledby="bank-transfer-heading">
      <h2 id="bank-transfer-heading" className={styles.panelHeading}>
        {t("heading")}
      </h2>
      <p>{t("lead")}</p>
      <div className={styles.transfer}>
        <div className={shortcuts.qrWithSave}>
          <img src={src} alt={t("qrAlt")} width={220} height={220} className={styles.qr} />
          <a href={src} download={`vietqr-${transfer.reference}.png`} className={shortcuts.save}>
            {t("saveQr")}
          </a>
        </div>
        <dl className={styles.facts}>
          <div>
            <dt>{t("bank")}</dt>
            <dd>{transfer.bank_name ?? transfer.bank_bin}</dd>
          </div>
          <div>
            <dt>{t("accountNumber")}</dt>
            <dd className={shortcuts.copyable}>
              <span className={styles.code}>{transfer.account_number}</span>
              <CopyButton value={transfer.account_number} label={t("copyAccountNumber")} />
            </dd>
          </div>
          <div>
            <dt>{t("accountName")}</dt>
            <dd>{transfer.account_name}</dd>
          </div>
          <div>
            <dt>{t("amount")}</dt>
            <dd className={shortcuts.copyable}>
              <span className={styles.amount} data-testid="transfer-amount">
                {formatPrice(transfer.amount, "vnd")}
              </span>
              {/* Digits only: banking apps take the amount without separators or currency. */}
              <CopyButton value={String(transfer.amount)} label={t("copyAmount")} />
            </dd>
          </div>
          <div>
            <dt>{t("reference")}</dt>
            <dd className={shortcuts.copyable}>
              <span className={styles.code} data-testid="transfer-reference">
                {transfer.reference}
              </span>
              <CopyButton value={transfer.reference} label={t("copyReference")} />
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
