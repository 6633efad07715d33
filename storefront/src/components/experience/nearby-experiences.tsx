import { getTranslations } from "next-intl/server"
import { listExperiences } from "@/lib/data/experiences"
import { ExperienceCards } from "./experience-card"
import styles from "./experience.module.css"

const SHOWN = 6

/**
 * "Experiences where it is made" on a product page: those of the product's producer or of its former
 * district. Nothing at all when there are none or they cannot be read: the product page stands alone.
 */
export async function NearbyExperiences({ productId }: { productId: string }) {
  const found = await listExperiences({ near_product: productId, limit: SHOWN }).catch((error: unknown) => {
    console.error(`Could not list the experiences near product ${productId}`, error)
    return null
  })
  if (!found?.experiences.length) return null
  const t = await getTranslations("Experience.nearby")

  return (
    <section className={styles.section} aria-labelledby="nearby-experiences">
      <h2 id="nearby-experiences">{t("heading")}</h2>
      <p className={styles.hint}>{t("lead")}</p>
      <ExperienceCards experiences={found.experiences} />
    </section>
  )
}
