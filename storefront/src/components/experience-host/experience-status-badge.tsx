import { useTranslations } from "next-intl"
import type { ExperienceStatus } from "@ocop/shared"
import styles from "@/components/producer-portal/portal.module.css"

const LOOK: Partial<Record<ExperienceStatus, string>> = { published: styles.published, rejected: styles.rejected }

export function ExperienceStatusBadge({ status }: { status: ExperienceStatus }) {
  const t = useTranslations("HostExperiences.status")
  return (
    <span className={`${styles.badge} ${LOOK[status] ?? ""}`} data-testid="experience-status">
      {t(status)}
    </span>
  )
}
