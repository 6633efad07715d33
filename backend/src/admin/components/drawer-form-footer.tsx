import { Button, Drawer, Text } from "@medusajs/ui"

/** The API's message for a failed save, read out to screen readers. */
export const FormError = ({ error }: { error: Error | null }) =>
  error ? (
    <Text size="small" role="alert" className="text-ui-fg-error">
      {error.message}
    </Text>
  ) : null

/** Cancel and Save for a drawer whose form is `formId`. */
export const DrawerFormFooter = ({
  formId,
  saving,
  disabled,
}: {
  formId: string
  saving: boolean
  disabled?: boolean
}) => (
  <Drawer.Footer>
    <Drawer.Close asChild>
      <Button size="small" variant="secondary">
        Huỷ (Cancel)
      </Button>
    </Drawer.Close>
    <Button size="small" type="submit" form={formId} isLoading={saving} disabled={disabled}>
      Lưu (Save)
    </Button>
  </Drawer.Footer>
)
