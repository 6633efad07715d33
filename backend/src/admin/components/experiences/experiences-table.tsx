import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { bilingual, formatVnd } from "../../lib/ocop-labels"
import type { ExperienceEntry } from "../../lib/experience-queries"
import { linkClass, ReviewTable } from "../review-table"
import { ExperienceReviewActions } from "./experience-review-actions"
import { EXPERIENCE_KIND_LABELS, EXPERIENCE_STATUS_LABELS } from "./experience-labels"

const lowestPrice = (experience: ExperienceEntry) => {
  const prices = experience.participant_types
    .map((type) => type.price)
    .filter((price): price is number => price !== null)
  return prices.length ? formatVnd(Math.min(...prices)) : "–"
}

/** Hosts' experiences; a pending one carries the review buttons, a rejected one its reason. */
export const ExperiencesTable = ({ experiences }: { experiences: ExperienceEntry[] }) => (
  <ReviewTable
    label="Trải nghiệm chờ duyệt (Experiences)"
    empty="Không có trải nghiệm nào (Nothing here)."
    entries={experiences.map((experience) => ({ ...experience, created_at: experience.created_at ?? "" }))}
    statusLabels={EXPERIENCE_STATUS_LABELS}
    product={(experience) => (
      <div className="py-2">
        {/* Medusa's own product page: photos and participant prices to check before deciding. */}
        <Link to={`/products/${experience.product_id}`} className={linkClass}>
          {experience.title_vi}
        </Link>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {bilingual(EXPERIENCE_KIND_LABELS[experience.kind])} · {experience.meeting_address}
        </Text>
        {experience.reject_reason && (
          <Text size="xsmall" className="text-ui-fg-subtle">
            Lý do (Reason): {experience.reject_reason}
          </Text>
        )}
      </div>
    )}
    columns={[{ header: "Giá từ (From)", cell: lowestPrice }]}
    actions={(experience) => experience.status === "pending" && <ExperienceReviewActions experience={experience} />}
  />
)
