import { Button, Input } from "@medusajs/ui"
import { useEffect, useState } from "react"

type Props = { value?: string; onSearch: (q: string | undefined) => void }

/**
 * A transfer reference, an order number or an e-mail, searched on Enter: a reference typed halfway
 * is not a search yet. Clearing the box shows every checkout again.
 */
export const OrderSearchForm = ({ value = "", onSearch }: Props) => {
  const [text, setText] = useState(value)
  useEffect(() => setText(value), [value])

  return (
    <form
      role="search"
      className="flex items-center gap-x-2"
      onSubmit={(event) => {
        event.preventDefault()
        onSearch(text.trim() || undefined)
      }}
    >
      <Input
        type="search"
        size="small"
        aria-label="Tìm đơn (Search orders)"
        placeholder="Mã chuyển khoản, số đơn hoặc e-mail"
        className="w-80"
        value={text}
        onChange={(event) => {
          setText(event.target.value)
          if (!event.target.value) onSearch(undefined)
        }}
      />
      <Button type="submit" size="small" variant="secondary">
        Tìm (Search)
      </Button>
    </form>
  )
}
