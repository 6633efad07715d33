import { Label } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A labelled control in a drawer form; `id` is the control's. */
export const FormField = ({ id, label, children }: { id: string; label: string; children: ReactNode }) => (
  <div className="flex flex-col gap-y-2">
    <Label htmlFor={id} size="small" weight="plus">
      {label}
    </Label>
    {children}
  </div>
)
