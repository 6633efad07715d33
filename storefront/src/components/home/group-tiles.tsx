import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { GroupTile } from "@/lib/home/showcase"
import styles from "./home.module.css"
import { HomeSection } from "./home-section"

/** The six OCOP groups, each a tile to its catalogue page with its live count. */
export function GroupTiles({ tiles }: { tiles: GroupTile[] | null }) {
  const t = useTranslations("Home")
  const groupName = useTranslations("ProductGroup")

  return (
    <HomeSection id="groups-heading" heading={t("groupsHeading")} errorText={t("sectionError")}>
      {tiles ? (
        <ul className={styles.tiles}>
          {tiles.map((tile) => (
            <li key={tile.group}>
              <Link href={`/groups/${tile.slug}`} className={styles.tile}>
                <span className={styles.tileName}>{groupName(tile.group)}</span>{" "}
                <span className={styles.count}>{t("productCount", { count: tile.count })}</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </HomeSection>
  )
}
