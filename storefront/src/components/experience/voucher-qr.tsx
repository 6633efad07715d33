import { getTranslations } from "next-intl/server"
import QRCode from "qrcode"
import styles from "./experience.module.css"

/**
 * A confirmed booking's voucher: its code as a QR the host's portal scans at check-in, drawn on the
 * server (as the VietQR is), and the same code in letters for the host to type.
 */
export async function VoucherQr({ code }: { code: string }) {
  const t = await getTranslations("Experience.mine")
  const src = await QRCode.toDataURL(code, { type: "image/png", errorCorrectionLevel: "M", margin: 2, width: 320 })

  return (
    <div className={styles.voucher}>
      <img src={src} alt={t("voucherAlt", { code })} width={160} height={160} />
      <div>
        <p>{t.rich("voucherCode", { code, voucher: (chunks) => <code>{chunks}</code> })}</p>
        <p className={styles.hint}>{t("voucherHint")}</p>
      </div>
    </div>
  )
}
