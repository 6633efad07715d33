import { Button, Drawer, Text } from "@medusajs/ui"
import { useState } from "react"
import { CertificateFields, certificateBody, EMPTY_CERTIFICATE_DRAFT } from "../certificate-fields"
import { DrawerFormFooter, FormError } from "../drawer-form-footer"
import { certificateScanUrl, sdk } from "../../lib/sdk"
import type { CertificateRequestEntry } from "../../lib/ocop-types"
import { useOcopMutation } from "../../lib/use-ocop-mutation"

/** The office reads the scan and types the certificate it shows; saving records it for the request's product. */
export const ApproveCertificateRequestDrawer = ({ request }: { request: CertificateRequestEntry }) => {
  const [open, setOpen] = useState(false)
  const [draft, setDraft] = useState(EMPTY_CERTIFICATE_DRAFT)
  const approve = useOcopMutation(
    (body: ReturnType<typeof certificateBody>) =>
      sdk.client.fetch(`/admin/ocop/certificate-requests/${request.id}/approve`, { method: "POST", body }),
    "Đã ghi nhận chứng nhận (Certificate recorded)"
  )
  const formId = `approve-certificate-request-${request.id}`

  const submit = async () => {
    await approve.mutateAsync(certificateBody(draft))
    setDraft(EMPTY_CERTIFICATE_DRAFT)
    setOpen(false)
  }

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small">Ghi nhận (Approve)</Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Ghi nhận chứng nhận OCOP (Record certificate)</Drawer.Title>
        </Drawer.Header>
        <form
          id={formId}
          className="flex flex-1 flex-col gap-y-4 overflow-y-auto px-6 py-4"
          onSubmit={(event) => {
            event.preventDefault()
            submit().catch(() => undefined)
          }}
        >
          <Text size="small" className="text-ui-fg-subtle">
            {request.product?.title ?? request.product_id} ·{" "}
            <a
              href={certificateScanUrl(request.id)}
              download
              className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
            >
              Tải bản chụp (Download scan)
            </a>
          </Text>
          <CertificateFields draft={draft} onChange={setDraft} />
          <FormError error={approve.error} />
        </form>
        <DrawerFormFooter formId={formId} saving={approve.isPending} disabled={!draft.product_set} />
      </Drawer.Content>
    </Drawer>
  )
}
