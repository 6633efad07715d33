import { Button, Text } from "@medusajs/ui"
import { useState } from "react"
import { PRODUCT_SETS } from "../../../modules/ocop/rules/product-sets"
import { CertificateStatusBadge } from "../certificate-status-badge"
import { ReasonPrompt } from "../reason-prompt"
import { SectionRow } from "../section-row"
import { StarsBadge } from "../stars-badge"
import { bilingual, formatDate, LEVEL_LABELS } from "../../lib/ocop-labels"
import { sdk } from "../../lib/sdk"
import type { Certificate } from "../../lib/ocop-types"
import { useOcopMutation } from "../../lib/use-ocop-mutation"
import { CertificateScoreForm } from "./certificate-score-form"

/** The product's current certificate: what a shopper sees as its OCOP rating. */
export const CurrentCertificateSection = ({ certificate }: { certificate: Certificate | undefined }) => {
  if (!certificate) {
    return (
      <div className="px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          Sản phẩm chưa có chứng nhận OCOP (This product has no OCOP certificate yet).
        </Text>
      </div>
    )
  }
  const productSet = PRODUCT_SETS[certificate.product_set]
  return (
    <section aria-label="Chứng nhận hiện tại (Current certificate)">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div className="flex flex-wrap items-center gap-2">
          <StarsBadge stars={certificate.stars} size="base" />
          <CertificateStatusBadge status={certificate.status} />
        </div>
        <RevokeCertificateButton certificate={certificate} />
      </div>
      <SectionRow label="Số chứng nhận (Certificate no.)" value={certificate.certificate_number} />
      <SectionRow label="Cấp công nhận (Level)" value={bilingual(LEVEL_LABELS[certificate.level])} />
      <SectionRow
        label="Quyết định (Decision)"
        value={`${certificate.decision_number} · ${formatDate(certificate.decision_date)}`}
      />
      <SectionRow label="Cơ quan cấp (Issued by)" value={certificate.issuing_body} />
      <SectionRow label="Hết hạn (Expires)" value={formatDate(certificate.expires_at)} />
      <SectionRow
        label="Bộ sản phẩm (Product set)"
        value={
          productSet
            ? `${certificate.product_set}. ${productSet.vi} — nhóm ${productSet.group}`
            : certificate.product_set
        }
      />
      <CertificateScoreForm key={`${certificate.id}:${certificate.score}`} certificate={certificate} />
    </section>
  )
}

const RevokeCertificateButton = ({ certificate }: { certificate: Certificate }) => {
  const [open, setOpen] = useState(false)
  const revoke = useOcopMutation(
    (reason: string) =>
      sdk.client.fetch(`/admin/ocop/certificates/${certificate.id}/revoke`, { method: "POST", body: { reason } }),
    "Đã thu hồi chứng nhận (Certificate revoked)"
  )
  if (certificate.status === "revoked") return null
  return (
    <>
      <Button size="small" variant="secondary" onClick={() => setOpen(true)}>
        Thu hồi (Revoke)
      </Button>
      <ReasonPrompt
        open={open}
        onOpenChange={setOpen}
        title={`Thu hồi chứng nhận ${certificate.certificate_number}?`}
        description="Chứng nhận bị thu hồi không còn là chứng nhận hiện tại của sản phẩm (A revoked certificate no longer rates the product)."
        confirmLabel="Thu hồi (Revoke)"
        isPending={revoke.isPending}
        onConfirm={(reason) => revoke.mutateAsync(reason)}
      />
    </>
  )
}
