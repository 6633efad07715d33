import {
  readAddressFields,
  validateAddressFields,
  type AddressField,
  type AddressFields,
  type FieldErrors,
} from "../checkout/address-fields"
import type { Place } from "../places/types"
import { normalizePhone } from "../util/contact"
import { listCommunes, retrievePlaceNames } from "./places"

/** A Medusa address in Việt Nam: names of the province and commune, their codes in the metadata. */
export type VietnameseAddress = {
  first_name: string
  last_name: string
  phone: string
  address_1: string
  city: string
  province: string
  country_code: "vn"
  metadata: { province_code: string; commune_code: string }
}

type Typed = { values: AddressFields } & ({ address: VietnameseAddress } | { errors: FieldErrors; communes: Place[] })

/**
 * Reads the address form (checkout or address book) and checks it; the place names are the
 * backend's, looked up by code. Either the address to send or the errors with the province's communes.
 */
export async function readTypedAddress(formData: FormData, without: AddressField[] = []): Promise<Typed> {
  const values = readAddressFields(formData)
  const errors = validateAddressFields(values, { without })
  const places =
    errors.province_code || errors.commune_code
      ? null
      : await retrievePlaceNames(values.province_code, values.commune_code).catch(() => ({
          province: null,
          commune: null,
        }))
  if (places && !places.province) errors.province_code = "required"
  else if (places && !places.commune) errors.commune_code = "required"
  if (Object.keys(errors).length > 0 || !places?.province || !places.commune) {
    return { values, errors, communes: await listCommunes(values.province_code).catch(() => []) }
  }
  return {
    values,
    address: {
      first_name: values.name,
      last_name: "",
      phone: normalizePhone(values.phone),
      address_1: values.street,
      city: places.commune,
      province: places.province,
      country_code: "vn",
      metadata: { province_code: values.province_code, commune_code: values.commune_code },
    },
  }
}
