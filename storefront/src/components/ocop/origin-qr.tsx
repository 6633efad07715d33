import { getTranslations } from "next-intl/server"
import QRCode from "qrcode"
import styles from "./origin-qr.module.css"
import panel from "./panel.module.css"

// Drawing a code costs a product page more CPU than the rest of its data, and a URL's code never
// changes: the most recently shown ones are kept, as data URLs, oldest dropped first.
const KEPT_CODES = 1_000
const drawn = new Map<string, Promise<string>>()

function qrDataUrl(url: string): Promise<string> {
  const kept = drawn.get(url)
  if (kept) {
    drawn.delete(url)
    drawn.set(url, kept)
    return kept
  }
  const svg = QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 }).then(
    (code) => `data:image/svg+xml;base64,${Buffer.from(code).toString("base64")}`
  )
  svg.catch(() => drawn.delete(url))
  drawn.set(url, svg)
  if (drawn.size > KEPT_CODES) drawn.delete(drawn.keys().next().value!)
  return svg
}

/** The QR code printed on the product, drawn on the server, and the address it encodes as a link. */
export async function OriginQr({ url }: { url: string }) {
  const t = await getTranslations("Product.qr")
  const src = await qrDataUrl(url)

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
