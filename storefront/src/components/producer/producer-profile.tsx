import { useLocale, useTranslations } from "next-intl"
import type { Producer } from "@/lib/ocop/types"
import { pickLocalized } from "@/lib/util/localized"
import { ProducerBadges } from "./producer-badges"
import styles from "./producer-profile.module.css"

type ProducerProfileProps = {
  producer: Producer
  /** Names of the producer's commune and province; null when the place lookup failed. */
  place: { commune: string | null; province: string | null } | null
}

/** Who the producer is and where it works, and its story in the reader's language when written. */
export function ProducerProfile({ producer, place }: ProducerProfileProps) {
  const t = useTranslations("Producer")
  const locale = useLocale()
  const story = pickLocalized(producer.story_vi, producer.story_en, locale)
  // A Vietnamese story standing in for a missing English one is read out as Vietnamese.
  const storyLang = locale !== "vi" && story === producer.story_vi ? "vi" : undefined
  const placeLine = [place?.commune, producer.former_district, place?.province].filter(Boolean).join(", ")

  return (
    <>
      <header className={styles.profile}>
        {producer.logo_url ? (
          <img className={styles.logo} src={producer.logo_url} alt="" width={96} height={96} />
        ) : null}
        <div className={styles.identity}>
          <p className={styles.legalForm}>{t(`legalForm.${producer.legal_form}`)}</p>
          <h1 className={styles.name}>{producer.name}</h1>
          {placeLine ? <p className={styles.place}>{placeLine}</p> : null}
          <p className={styles.representative}>{t("representative", { name: producer.representative })}</p>
          <ProducerBadges producer={producer} />
        </div>
      </header>
      {story ? (
        <section className={styles.story} aria-labelledby="story-heading">
          <h2 id="story-heading">{t("story")}</h2>
          <p lang={storyLang}>{story}</p>
        </section>
      ) : null}
    </>
  )
}
