import { useTranslations } from "next-intl"
import type { PickupPlace } from "@/lib/checkout/delivery-options"
import styles from "./checkout.module.css"

/** Where a producer's goods are picked up: "tại Điện Biên: Bản Hón, Xã Mường Ảng". */
export function PickupPlaceText({ place }: { place: PickupPlace }) {
  const t = useTranslations("Checkout")
  const address = [place.street, place.commune].filter(Boolean).join(", ")
  return <span className={styles.pickupPlace}>{t("pickupAt", { province: place.province, address })}</span>
}
