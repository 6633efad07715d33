import { Button, Label, Prompt, Text, Textarea } from "@medusajs/ui"
import { useId, useState } from "react"

type ReasonPromptProps = {
  triggerLabel: string
  title: string
  description: string
  confirmLabel: string
  /** Resolves when the write succeeded; the prompt then closes. */
  onConfirm: (reason: string) => Promise<unknown>
  isPending?: boolean
}

/** A danger action that must say why (revoking a certificate, suspending a producer). */
export const ReasonPrompt = ({ triggerLabel, title, description, confirmLabel, onConfirm, isPending }: ReasonPromptProps) => {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const reasonId = useId()
  const tooShort = reason.trim().length < 3

  const confirm = async () => {
    try {
      await onConfirm(reason.trim())
      setOpen(false)
      setReason("")
    } catch {
      // The mutation has already shown the API's message; the prompt stays open to correct it.
    }
  }

  return (
    <Prompt open={open} onOpenChange={setOpen}>
      <Prompt.Trigger asChild>
        <Button variant="danger" size="small">
          {triggerLabel}
        </Button>
      </Prompt.Trigger>
      <Prompt.Content>
        <Prompt.Header>
          <Prompt.Title>{title}</Prompt.Title>
          <Prompt.Description>{description}</Prompt.Description>
        </Prompt.Header>
        <div className="flex flex-col gap-y-2 px-6 pb-4">
          <Label htmlFor={reasonId}>Lý do (Reason)</Label>
          <Textarea id={reasonId} value={reason} onChange={(event) => setReason(event.target.value)} />
          {tooShort && (
            <Text size="xsmall" className="text-ui-fg-muted">
              Ít nhất 3 ký tự (at least 3 characters)
            </Text>
          )}
        </div>
        <Prompt.Footer>
          <Prompt.Cancel>Huỷ (Cancel)</Prompt.Cancel>
          <Button variant="danger" size="small" disabled={tooShort} isLoading={isPending} onClick={confirm}>
            {confirmLabel}
          </Button>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}
