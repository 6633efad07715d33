import { Button, Checkbox, Heading, Input, Label, Text } from "@medusajs/ui"
import { useState } from "react"
import { sdk } from "../../lib/sdk"
import { useProductSearch } from "../../lib/promotion-event-queries"
import { useOcopMutation } from "../../lib/use-ocop-mutation"
import { FormError } from "../drawer-form-footer"

/**
 * Finds products by title and adds the ticked ones to the event's list (the producer of each is the
 * product's own, set by the API). Products already on the list are shown ticked and cannot be untouched here.
 */
export const ProductPicker = ({ eventId, shownIds }: { eventId: string; shownIds: Set<string> }) => {
  const [q, setQ] = useState("")
  const [chosen, setChosen] = useState<Set<string>>(new Set())
  const found = useProductSearch(q)
  const add = useOcopMutation(
    (product_ids: string[]) =>
      sdk.client.fetch(`/admin/ocop/promotion-events/${eventId}/products`, { method: "POST", body: { product_ids } }),
    "Đã thêm sản phẩm (Products added)"
  )
  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })

  return (
    <section className="flex flex-col gap-y-3 px-6 py-4" aria-labelledby="product-picker-heading">
      <Heading level="h2" id="product-picker-heading">
        Thêm sản phẩm (Add products)
      </Heading>
      <div className="flex flex-col gap-y-2">
        <Label htmlFor="product-picker-q" size="small" weight="plus">
          Tìm theo tên sản phẩm (Search by title)
        </Label>
        <Input
          id="product-picker-q"
          type="search"
          placeholder="Cà phê, chè, mật ong…"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
      </div>
      {found.error && (
        <Text size="small" role="alert" className="text-ui-fg-error">
          {found.error.message}
        </Text>
      )}
      {q.trim().length >= 2 && found.data && (
        <ul className="flex max-h-72 flex-col gap-y-1 overflow-y-auto" aria-label="Kết quả (Results)">
          {found.data.length === 0 && (
            <Text size="small" role="status" className="text-ui-fg-subtle">
              Không tìm thấy sản phẩm (No product found)
            </Text>
          )}
          {found.data.map((product) => {
            const shown = shownIds.has(product.id)
            const id = `pick-${product.id}`
            return (
              <li key={product.id} className="flex items-center gap-x-2">
                <Checkbox
                  id={id}
                  checked={shown || chosen.has(product.id)}
                  disabled={shown}
                  onCheckedChange={(value) => toggle(product.id, value === true)}
                />
                <Label htmlFor={id} size="small">
                  {product.title} <span className="text-ui-fg-muted">· {product.handle}</span>
                  {shown && <span className="text-ui-fg-muted"> · đã có (on the list)</span>}
                </Label>
              </li>
            )
          })}
        </ul>
      )}
      <FormError error={add.error} />
      <div>
        <Button
          size="small"
          disabled={chosen.size === 0}
          isLoading={add.isPending}
          onClick={() =>
            add.mutateAsync([...chosen]).then(
              () => setChosen(new Set()),
              () => undefined
            )
          }
        >
          Thêm {chosen.size || ""} sản phẩm đã chọn (Add chosen)
        </Button>
      </div>
    </section>
  )
}
