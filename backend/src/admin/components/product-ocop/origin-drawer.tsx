import { Button, Drawer, Input, Select } from "@medusajs/ui"
import { useState } from "react"
import { DrawerFormFooter, FormError } from "../drawer-form-footer"
import { FormField } from "../form-field"
import { useCommunes, useProvinces } from "../../lib/ocop-queries"
import { sdk } from "../../lib/sdk"
import type { Origin, SetOriginBody } from "../../lib/ocop-types"
import { useOcopMutation } from "../../lib/use-ocop-mutation"

const draftOf = (origin: Origin | null) => ({
  province_code: origin?.province_code ?? "",
  commune_code: origin?.commune_code ?? "",
  former_district: origin?.former_district ?? "",
  growing_area_code: origin?.growing_area_code ?? "",
  traceability_code: origin?.traceability_code ?? "",
})

/** Province → commune → former district: the district choices are those the commune's land came from. */
export const OriginDrawer = ({ productId, origin }: { productId: string; origin: Origin | null }) => {
  const [open, setOpen] = useState(false)
  const [draft, setDraft] = useState(() => draftOf(origin))
  const provinces = useProvinces()
  const communes = useCommunes(draft.province_code || undefined)
  const commune = communes.data?.find((c) => c.code === draft.commune_code)
  const saveOrigin = useOcopMutation(
    (body: SetOriginBody) => sdk.client.fetch(`/admin/ocop/products/${productId}/origin`, { method: "POST", body }),
    "Đã lưu xuất xứ (Origin saved)"
  )

  const submit = async () => {
    const optional = (value: string) => (value.trim() ? value.trim() : undefined)
    await saveOrigin.mutateAsync({
      province_code: draft.province_code,
      commune_code: draft.commune_code,
      former_district: optional(draft.former_district),
      growing_area_code: optional(draft.growing_area_code),
      traceability_code: optional(draft.traceability_code),
    })
    setOpen(false)
  }

  return (
    <Drawer
      open={open}
      onOpenChange={(next) => {
        if (next) setDraft(draftOf(origin))
        setOpen(next)
      }}
    >
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Đặt xuất xứ (Set origin)
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Xuất xứ sản phẩm (Product origin)</Drawer.Title>
        </Drawer.Header>
        <form
          id="set-origin-form"
          className="flex flex-1 flex-col gap-y-4 overflow-y-auto px-6 py-4"
          onSubmit={(event) => {
            event.preventDefault()
            submit().catch(() => undefined)
          }}
        >
          <FormField id="origin-province" label="Tỉnh/thành (Province)">
            <Select
              value={draft.province_code}
              onValueChange={(code) =>
                setDraft((d) => ({ ...d, province_code: code, commune_code: "", former_district: "" }))
              }
            >
              <Select.Trigger id="origin-province">
                <Select.Value placeholder="Chọn tỉnh (Choose a province)" />
              </Select.Trigger>
              <Select.Content>
                {provinces.data?.map((province) => (
                  <Select.Item key={province.code} value={province.code}>
                    {province.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </FormField>
          <FormField id="origin-commune" label="Xã/phường (Commune)">
            <Select
              value={draft.commune_code}
              disabled={!communes.data}
              onValueChange={(code) => {
                const chosen = communes.data?.find((c) => c.code === code)
                setDraft((d) => ({ ...d, commune_code: code, former_district: chosen?.default_former_district ?? "" }))
              }}
            >
              <Select.Trigger id="origin-commune">
                <Select.Value placeholder="Chọn xã (Choose a commune)" />
              </Select.Trigger>
              <Select.Content>
                {communes.data?.map((c) => (
                  <Select.Item key={c.code} value={c.code}>
                    {c.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </FormField>
          <FormField id="origin-former-district" label="Huyện cũ (Former district)">
            <Select
              value={draft.former_district}
              disabled={!commune?.former_districts.length}
              onValueChange={(name) => setDraft((d) => ({ ...d, former_district: name }))}
            >
              <Select.Trigger id="origin-former-district">
                <Select.Value placeholder="Chọn huyện cũ (Choose)" />
              </Select.Trigger>
              <Select.Content>
                {commune?.former_districts.map((district) => (
                  <Select.Item key={district.name} value={district.name}>
                    {`${district.name} (${district.province_name})`}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </FormField>
          <FormField id="origin-growing-area" label="Mã vùng trồng (Growing-area code, optional)">
            <Input
              id="origin-growing-area"
              value={draft.growing_area_code}
              onChange={(e) => setDraft((d) => ({ ...d, growing_area_code: e.target.value }))}
            />
          </FormField>
          <FormField id="origin-traceability" label="Mã truy xuất (Traceability code, optional)">
            <Input
              id="origin-traceability"
              value={draft.traceability_code}
              onChange={(e) => setDraft((d) => ({ ...d, traceability_code: e.target.value }))}
            />
          </FormField>
          <FormError error={saveOrigin.error} />
        </form>
        <DrawerFormFooter formId="set-origin-form" saving={saveOrigin.isPending} disabled={!draft.commune_code} />
      </Drawer.Content>
    </Drawer>
  )
}
