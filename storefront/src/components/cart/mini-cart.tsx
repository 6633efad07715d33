import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { countCartUnits } from "@/lib/data/cart"
import styles from "./mini-cart.module.css"

function CartIcon() {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false" className={styles.icon}>
      <path
        d="M3 4h2l2.4 10.2a1.5 1.5 0 0 0 1.5 1.1h8.3a1.5 1.5 0 0 0 1.4-1l2-6.3H6.3"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <circle cx="9.5" cy="19.5" r="1.5" fill="currentColor" />
      <circle cx="17" cy="19.5" r="1.5" fill="currentColor" />
    </svg>
  )
}

/** The header's link to the cart; `count` is null while it is being read. */
export function MiniCartLink({ count }: { count: number | null }) {
  const t = useTranslations("Nav")
  return (
    <Link href="/cart" className={styles.link} aria-label={count === null ? t("cart") : t("cartCount", { count })}>
      <CartIcon />
      <span className={styles.label}>{t("cart")}</span>
      {count ? <span className={styles.count}>{count}</span> : null}
    </Link>
  )
}

/** The mini-cart: how many units the shopper's cart holds, linking to it. */
export async function MiniCart() {
  return <MiniCartLink count={await countCartUnits()} />
}
