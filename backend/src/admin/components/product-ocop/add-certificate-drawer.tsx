import { Button, Drawer } from "@medusajs/ui"
import { useState } from "react"
import { certificateBody, CertificateFields, EMPTY_CERTIFICATE_DRAFT } from "../certificate-fields"
import { DrawerFormFooter, FormError } from "../drawer-form-footer"
import { sdk } from "../../lib/sdk"
import type { CreateCertificateBody } from "../../lib/ocop-types"
import { useOcopMutation } from "../../lib/use-ocop-mutation"

/** A new certificate for the product; the API derives stars, group, regime and expiry. */
export const AddCertificateDrawer = ({ productId }: { productId: string }) => {
  const [open, setOpen] = useState(false)
  const [draft, setDraft] = useState(EMPTY_CERTIFICATE_DRAFT)
  const create = useOcopMutation(
    (body: CreateCertificateBody) => sdk.client.fetch("/admin/ocop/certificates", { method: "POST", body }),
    "Đã thêm chứng nhận (Certificate added)"
  )

  const submit = async () => {
    await create.mutateAsync({ product_id: productId, ...certificateBody(draft) })
    setDraft(EMPTY_CERTIFICATE_DRAFT)
    setOpen(false)
  }

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" className="shrink-0">
          Thêm chứng nhận (Add certificate)
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Thêm chứng nhận OCOP (Add certificate)</Drawer.Title>
        </Drawer.Header>
        <form
          id="add-certificate-form"
          className="flex flex-1 flex-col gap-y-4 overflow-y-auto px-6 py-4"
          onSubmit={(event) => {
            event.preventDefault()
            submit().catch(() => undefined)
          }}
        >
          <CertificateFields draft={draft} onChange={setDraft} />
          <FormError error={create.error} />
        </form>
        <DrawerFormFooter formId="add-certificate-form" saving={create.isPending} disabled={!draft.product_set} />
      </Drawer.Content>
    </Drawer>
  )
}
