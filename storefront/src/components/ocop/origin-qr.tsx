import { getTranslations } from "next-intl/server"
import QRCode from "qrcode"
import styles from "./origin-qr.module.css"
import panel from "./panel.module.css"

/** The QR code printed on the product, drawn on the server, and the address it encodes as a link. */
export async function OriginQr({ url }: { url: string }) {
  const t = await getTranslations("Product.qr")
  const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 })
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`

  return (
    <section className={panel.panel} aria-labelledby="origin-qr-heading">
      <h2 id="origin-qr-heading" className={panel.heading}>
        {t("heading")}
      </h2>
      <div className={styles.qr}>
        <img src={src} alt={t("alt")} width={160} height={160} data-origin-url={url} className={styles.image} />
        <a href={url} className={styles.link}>
          {t("link")}
        </a>
        <p className={styles.url}>{url}</p>
      </div>
    </section>
  )
}
