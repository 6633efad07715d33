import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { ProducerStory } from "@/lib/data/showcase"
import { pickLocalized } from "@/lib/util/localized"
import { excerpt } from "@/lib/util/excerpt"
import styles from "./home.module.css"
import { HomeSection } from "./home-section"

const STORY_LENGTH = 220

/** Women-led and ethnic-minority-led producers: who they are, a taste of their story, a link to their page. */
export function ProducerStories({ stories }: { stories: ProducerStory[] | null }) {
  const t = useTranslations("Home")
  const producer = useTranslations("Producer")
  const locale = useLocale()

  return (
    <HomeSection
      id="stories-heading"
      heading={t("storiesHeading")}
      lead={t("storiesLead")}
      errorText={t("sectionError")}
    >
      {stories ? (
        <ul className={styles.stories}>
          {stories.map((story) => {
            const text = pickLocalized(story.story_vi, story.story_en, locale)
            return (
              <li key={story.id}>
                <article className={styles.story}>
                  <h3 className={styles.storyName}>
                    <Link href={`/producers/${story.handle}`}>{story.name}</Link>
                  </h3>
                  <ul className={styles.badges} aria-label={producer("badges")}>
                    {story.kinds.map((kind) => (
                      <li key={kind} className={styles.badge}>
                        {kind === "women_led"
                          ? producer("womenLed")
                          : story.ethnic_group
                            ? producer("ethnicMinorityLedGroup", { group: story.ethnic_group })
                            : producer("ethnicMinorityLed")}
                      </li>
                    ))}
                  </ul>
                  {text ? <p className={styles.storyText}>{excerpt(text, STORY_LENGTH)}</p> : null}
                </article>
              </li>
            )
          })}
        </ul>
      ) : null}
    </HomeSection>
  )
}
