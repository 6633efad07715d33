import { Button, Label, Prompt, Text, Textarea } from "@medusajs/ui"
import { useId, useState } from "react"

type ReasonPromptProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description: string
  confirmLabel: string
  /** Resolves when the write succeeded; the prompt then closes. */
  onConfirm: (reason: string) => Promise<unknown>
  isPending?: boolean
}

/**
 * A danger action that must say why (revoking a certificate, suspending a producer). Opened by
 * its caller, so a button or a menu item can open it.
 */
export const ReasonPrompt = ({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  onConfirm,
  isPending,
}: ReasonPromptProps) => {
  const [reason, setReason] = useState("")
  const reasonId = useId()
  const tooShort = reason.trim().length < 3

  const close = (next: boolean) => {
    if (!next) setReason("")
    onOpenChange(next)
  }

  const confirm = async () => {
    try {
      await onConfirm(reason.trim())
      close(false)
    } catch {
      // The mutation has already shown the API's message; the prompt stays open to correct it.
    }
  }

  return (
    <Prompt open={open} onOpenChange={close}>
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
