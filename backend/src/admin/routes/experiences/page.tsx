import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MapPin } from "@medusajs/icons"
import type { ExperienceStatus } from "@ocop/shared"
import { ExperiencesTable } from "../../components/experiences/experiences-table"
import { EXPERIENCE_STATUS_LABELS } from "../../components/experiences/experience-labels"
import { OfficeBookings } from "../../components/experiences/office-bookings"
import { ListPagination } from "../../components/list-pagination"
import { ReviewQueue } from "../../components/review-queue"
import { useExperiences } from "../../lib/experience-queries"
import { usePageParams } from "../../lib/use-page-params"

const PAGE_SIZE = 20

/** Community tourism (OCOP group VI): the review queue of hosts' experiences, and every booking by date and place. */
const ExperiencesPage = () => {
  const { filters, pageIndex, setFilter, setPageIndex } = usePageParams(["status"] as const)
  const status = (filters.status as ExperienceStatus | undefined) ?? "pending"
  const { data, error } = useExperiences({ status, limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE })

  return (
    <div className="flex flex-col gap-y-3">
      <ReviewQueue
        title="Duyệt trải nghiệm (Experience review)"
        description="Trải nghiệm du lịch cộng đồng chủ nhà đăng trên cổng nhà sản xuất, chờ văn phòng OCOP duyệt lần đầu"
        statusLabels={EXPERIENCE_STATUS_LABELS}
        status={status}
        onStatusChange={(value) => setFilter("status", value)}
        error={error}
      >
        {data && (
          <>
            <ExperiencesTable experiences={data.experiences} />
            <ListPagination count={data.count} pageSize={PAGE_SIZE} pageIndex={pageIndex} onPageChange={setPageIndex} />
          </>
        )}
      </ReviewQueue>
      <OfficeBookings />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Trải nghiệm",
  icon: MapPin,
})

export const handle = {
  breadcrumb: () => "Trải nghiệm",
}

export default ExperiencesPage
