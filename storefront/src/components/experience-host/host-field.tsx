import { PortalField, type PortalFieldProps } from "@/components/producer-portal/portal-field"
import type { HostFormState } from "@/lib/experience-host/host-form-state"

type HostFieldProps = Omit<PortalFieldProps, "errorMessages" | "errorKey" | "state"> & { state: HostFormState }

/** A text input of a host form: the portal's field, its errors worded by the host pages' messages. */
export const HostField = (props: HostFieldProps) => (
  <PortalField {...props} errorMessages="HostExperiences.fieldError" />
)
