import { useLocale, useTranslations } from "next-intl"
import type { AuthActor } from "@/lib/auth/emailpass-fetch"
import { signOut } from "@/lib/data/customer"
import { signOutProducer } from "@/lib/data/producer-account"
import styles from "./account.module.css"

const SIGN_OUT: Record<AuthActor, (formData: FormData) => Promise<void>> = {
  customer: signOut,
  producer: signOutProducer,
}

/** Ends the customer's or the producer member's session; the other one, in the same browser, stays. */
export function SignOutForm({ actor }: { actor: AuthActor }) {
  const t = useTranslations("Account")
  const locale = useLocale()
  return (
    <form action={SIGN_OUT[actor]}>
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className={styles.linkButton}>
        {t("signOut")}
      </button>
    </form>
  )
}
